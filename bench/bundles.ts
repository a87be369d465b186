/**
 * Each function's bundle as the CDK app builds it (esbuild, ESM, minified, node24), in the variants
 * worth choosing between: its size, and its cold import (a fresh Node process importing it), side by side.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type BuildOptions, build } from 'esbuild';
import { buildApp } from '../infra/app';
import { ENTRY_METADATA, HOUSE_BUNDLING } from '../infra/constructs/house-function';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.local', 'bench-bundles');
const IMPORTS = Number(process.env.BENCH_COLD_IMPORTS ?? 5);

/** The variants: what the CDK app ships, and what could be left to the Lambda runtime. */
const VARIANTS: { name: string; options: Partial<BuildOptions> }[] = [
  { name: 'as shipped', options: {} },
  { name: 'AWS SDK from the runtime', options: { external: ['@aws-sdk/*', '@smithy/*'] } },
];

function entries(): { id: string; entry: string }[] {
  const { stack } = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
  const functions = Template.fromStack(stack).findResources('AWS::Lambda::Function');
  return Object.entries(functions).map(([id, resource]) => ({
    id: id.replace(/[0-9A-F]{8}$/, ''),
    entry: String(resource.Metadata?.[ENTRY_METADATA]),
  }));
}

/** Milliseconds from a fresh process's first line to the module loaded, the median of `IMPORTS` runs. */
function coldImport(file: string): number {
  const probe = join(OUT, 'probe.mjs');
  writeFileSync(
    probe,
    `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`,
  );
  const times = Array.from({ length: IMPORTS }, () =>
    Number(
      execFileSync(process.execPath, [probe], {
        cwd: ROOT,
        env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'eu-west-1', ...PORT_SETTINGS },
      }).toString(),
    ),
  ).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

// Every port configured, so each module passes its cold-start check.
const PORT_SETTINGS = {
  SCHEDULE_GROUP: 'g',
  DISPATCH_FUNCTION_ARN: 'arn:aws:lambda:eu-west-1:1:function:d',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::1:role/r',
  SCHEDULER_DLQ_ARN: 'arn:aws:sqs:eu-west-1:1:q',
  DISPATCH_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/d',
  SEND_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/s',
  SMS_MESSAGE_TYPE: 'TRANSACTIONAL',
};

export async function benchBundles(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const functions = entries();
  console.log(
    `\nBundles, ${functions.length} functions, cold import: median of ${IMPORTS} fresh processes\n`,
  );
  const rows: string[][] = [];
  for (const fn of functions) {
    const row = [fn.id];
    for (const variant of VARIANTS) {
      const outfile = join(OUT, variant.name.replace(/\W+/g, '-'), `${fn.id}.mjs`);
      await build({
        ...HOUSE_BUNDLING,
        ...variant.options,
        entryPoints: [join(ROOT, fn.entry)],
        outfile,
        bundle: true,
        platform: 'node',
        logLevel: 'silent',
      });
      row.push(`${Math.round(statSync(outfile).size / 1024)} KB`, `${coldImport(outfile).toFixed(0)} ms`);
    }
    rows.push(row);
  }
  const header = ['function', ...VARIANTS.flatMap((variant) => [variant.name, 'cold import'])];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  for (const row of [header, ...rows]) {
    console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`);
  }
  console.log(`\n  (bundles in ${relative(ROOT, OUT)})`);
}
