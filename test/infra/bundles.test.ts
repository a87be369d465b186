import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { HOUSE_BUNDLING } from '../../infra/constructs/house-function';
import { packagesImportedBy } from '../../rehearsal/functions';

// Inside the repository, so the entry resolves its packages as the functions' do.
const LOCAL = join(import.meta.dirname, '..', '..', '.local');
mkdirSync(LOCAL, { recursive: true });
const folder = mkdtempSync(join(LOCAL, 'bundles-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A function's whole use of the SDK in miniature: a client, and the credentials it would sign with.
const ENTRY = join(folder, 'entry.ts');
writeFileSync(
  ENTRY,
  `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const credentials = () => new DynamoDBClient({ region: 'eu-west-1' }).config.credentials();`,
);

async function bundle(name: string, options: { external?: string[] } = {}) {
  const outfile = join(folder, `${name}.mjs`);
  const { metafile } = await build({
    ...HOUSE_BUNDLING,
    ...options,
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    metafile: true,
    logLevel: 'silent',
  });
  return { outfile, inputs: Object.keys(metafile.inputs) };
}

describe('function bundles', () => {
  it('carry the SDK, with only the credentials Lambda gives in the environment', async () => {
    const { outfile, inputs } = await bundle('shipped');
    expect(await packagesImportedBy(outfile)).toEqual([]);
    expect(inputs.some((input) => input.includes('credential-provider-env'))).toBe(true);
    expect(inputs.filter((input) => /credential-provider-(ini|sso|node)|nested-clients/.test(input))).toEqual(
      [],
    );

    process.env.AWS_SECRET_ACCESS_KEY ??= 'secret';
    const { credentials } = await import(outfile);
    const before = process.env.AWS_ACCESS_KEY_ID;
    process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMLAMBDA';
    try {
      expect((await credentials()).accessKeyId).toBe('AKIDFROMLAMBDA');
    } finally {
      process.env.AWS_ACCESS_KEY_ID = before;
    }
  });

  it('are caught by the rehearsal when they leave a package to the runtime', async () => {
    const { outfile } = await bundle('leaning-on-the-runtime', { external: ['@aws-sdk/*'] });
    expect(await packagesImportedBy(outfile)).toEqual(['@aws-sdk/client-dynamodb']);
  });
});
