import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack';
import { ROOT } from '../support/process';

const run = promisify(execFile);
const SDK = join(ROOT, 'sdk');
const CONSUMER = join(ROOT, '.local', 'sdk-consumer');
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
  await run(process.execPath, [join(SDK, 'build.mjs')], { cwd: SDK });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

/** Type-checks a consumer's file against the built package, as a project that installed it would. */
async function typeCheck(source: string): Promise<{ ok: boolean; output: string }> {
  mkdirSync(CONSUMER, { recursive: true });
  writeFileSync(join(CONSUMER, 'example.ts'), source);
  writeFileSync(
    join(CONSUMER, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['example.ts'],
    }),
  );
  try {
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', CONSUMER]);
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

describe('the SDK package', () => {
  it('packs the built code and its types, and nothing else', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: SDK });
    const files =
      (JSON.parse(stdout) as { files: { path: string }[] }[])[0]?.files.map((file) => file.path) ?? [];
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files.every((file) => file === 'package.json' || file.startsWith('dist/'))).toBe(true);
  });

  it('runs from the built file, with no dependency at run time', async () => {
    const sdk = (await import(join(SDK, 'dist/index.js'))) as typeof import('../../sdk/src/index');
    const sms = sdk.createClient({ apiKey: stack.demo.apiKey, baseUrl: stack.url });
    const res = await sms.campain.create({
      contacts: [{ phone: '22500000000', name: 'John Doe' }],
      text: 'Rappel : Votre rendez-vous est demain à 10h.',
      type: 'SCHEDULED',
      scheduledDate: new Date('2026-06-20T10:00:00Z'),
    });
    expect((await sms.campain.get(res.id)).scheduledDate).toBe('2026-06-20T10:00:00.000Z');
  });

  it("types a consumer's code, and catches a typo such as groupIds", async () => {
    const importLine = `import { createClient } from '${join(SDK, 'dist/index.js')}';\n`;
    const good = await typeCheck(
      `${importLine}const sms = createClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:3000' });
export const run = () => sms.campain.create({ contacts: [{ phone: '22500000000' }], groupsIds: [], text: 'Bonjour', type: 'RECURRING', recurring: { monday: new Date('2024-03-18T09:00:00Z') } });\n`,
    );
    expect(good.output).toBe('');
    expect(good.ok).toBe(true);
    const typo = await typeCheck(
      `${importLine}const sms = createClient({ apiKey: 'k', baseUrl: 'x' });
export const run = () => sms.campain.create({ contacts: [], groupIds: [], text: 'x' });\n`,
    );
    expect(typo.ok).toBe(false);
    expect(typo.output).toContain('groupIds');
  }, 60_000);
});
