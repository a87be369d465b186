/**
 * Each function's bundle as `cdk synth` builds it, beside the variants worth choosing between (built
 * by esbuild with the same settings): its size, and its cold import (a fresh Node process importing
 * it), side by side.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { ENTRY_METADATA, HOUSE_BUNDLING } from '../infra/constructs/house-function';
import { readTemplate, synthesize } from '../rehearsal/stack';
import { TemplateReader } from '../rehearsal/template';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.local', 'bench-bundles');
const IMPORTS = Number(process.env.BENCH_COLD_IMPORTS ?? 5);

/** The variants beside what ships: the SDK's whole credential chain, and the SDK left to the runtime. */
const VARIANTS: { name: string; options: Partial<BuildOptions> }[] = [
  { name: 'full credential chain', options: { alias: {} } },
  { name: 'AWS SDK from the runtime', options: { external: ['@aws-sdk/*', '@smithy/*'] } },
];

/** Each function of a real synth: its module, and the bundle `cdk deploy` would upload. */
async function shippedFunctions(): Promise<{ id: string; entry: string; bundle: string }[]> {
  const cdkOut = await synthesize(join(OUT, 'cdk.out'));
  const functions = new TemplateReader(readTemplate(cdkOut)).ofType('AWS::Lambda::Function');
  return functions.map(([id, resource]) => ({
    id: id.replace(/[0-9A-F]{8}$/, ''),
    entry: String(resource.Metadata?.[ENTRY_METADATA]),
    bundle: join(cdkOut, String(resource.Metadata?.['aws:asset:path']), 'index.mjs'),
  }));
}

const measure = (file: string) => [
  `${Math.round(statSync(file).size / 1024)} KB`,
  `${coldImport(file).toFixed(0)} ms`,
];

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
  SMS_CONFIGURATION_SET: 'messages',
};

export async function benchBundles(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const functions = await shippedFunctions();
  console.log(
    `\nBundles, ${functions.length} functions, cold import: median of ${IMPORTS} fresh processes\n`,
  );
  const rows: string[][] = [];
  for (const fn of functions) {
    const row = [fn.id, ...measure(fn.bundle)];
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
      row.push(...measure(outfile));
    }
    rows.push(row);
  }
  const header = [
    'function',
    'as shipped',
    'cold import',
    ...VARIANTS.flatMap((variant) => [variant.name, 'cold import']),
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  for (const row of [header, ...rows]) {
    console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`);
  }
  console.log(`\n  (bundles in ${relative(ROOT, OUT)})`);
}
