/**
 * `cfn-lint` on the synthesized template, with the repository's `.cfnlintrc.yaml` (its regions and the
 * warnings it ignores, each with its reason). cfn-lint is a Python tool installed on the machine, not an
 * npm package: where it is missing, the lint is skipped and said so.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export type LintResult = { ran: false } | { ran: true; ok: boolean; findings: string };

export function lintTemplate(templatePath: string): Promise<LintResult> {
  return new Promise((resolve) => {
    execFile(
      'cfn-lint',
      ['--config-file', join(ROOT, '.cfnlintrc.yaml'), '--', templatePath],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return resolve({ ran: false });
        resolve({ ran: true, ok: !error, findings: `${stdout}${stderr}`.trim() });
      },
    );
  });
}
