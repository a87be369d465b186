import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack';
import { ROOT } from '../support/process';

const run = promisify(execFile);
const SDK = join(ROOT, 'sdk');
const CONSUMERS = join(ROOT, '.local', 'sdk-consumers');
let stack: TestStack;

/** How TypeScript may resolve the package, as a consumer's tsconfig says. */
const RESOLUTIONS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  node16: { module: 'Node16', moduleResolution: 'Node16' },
  bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
} as const;
type Resolution = keyof typeof RESOLUTIONS;

// Building the types runs a whole TypeScript program: on a busy 2-core machine it alone has taken
// most of two minutes, so the stack starts meanwhile and the hook has room.
beforeAll(async () => {
  [stack] = await Promise.all([
    startTestStack(),
    run(process.execPath, [join(SDK, 'build.mjs')], { cwd: SDK }),
  ]);
  // Installed as a consumer would have it: the packed tarball, unpacked in its node_modules.
  rmSync(CONSUMERS, { recursive: true, force: true });
  mkdirSync(CONSUMERS, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', CONSUMERS], { cwd: SDK });
  const tarball = join(CONSUMERS, (JSON.parse(stdout) as { filename: string }[])[0]?.filename ?? '');
  for (const resolution of Object.keys(RESOLUTIONS)) {
    const installed = join(CONSUMERS, resolution, 'node_modules', '@sms-platform', 'sdk');
    mkdirSync(installed, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  }
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

/** Type-checks a consumer's file against the installed package, under one module resolution. */
async function typeCheck(source: string, resolution: Resolution): Promise<{ ok: boolean; output: string }> {
  const consumer = join(CONSUMERS, resolution);
  writeFileSync(join(consumer, 'example.ts'), source);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module' }));
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        ...RESOLUTIONS[resolution],
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
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer]);
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

  it.each(Object.keys(RESOLUTIONS) as Resolution[])(
    "types a consumer's code under moduleResolution %s, and catches a typo such as groupIds",
    async (resolution) => {
      const importLine = `import { createClient, SmsApiError, type CampaignSummary } from '@sms-platform/sdk';\n`;
      const good = await typeCheck(
        `${importLine}const sms = createClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:3000' });
export const run = (): Promise<CampaignSummary> => sms.campain.create({ contacts: [{ phone: '22500000000' }], groupsIds: [], text: 'Bonjour', type: 'RECURRING', recurring: { monday: new Date('2024-03-18T09:00:00Z') } });
export const isApiError = (error: unknown) => error instanceof SmsApiError && error.code === 'rate-limited';\n`,
        resolution,
      );
      expect(good.output).toBe('');
      expect(good.ok).toBe(true);
      const typo = await typeCheck(
        `${importLine}const sms = createClient({ apiKey: 'k', baseUrl: 'x' });
export const run = () => sms.campain.create({ contacts: [], groupIds: [], text: 'x' });\n`,
        resolution,
      );
      expect(typo.ok).toBe(false);
      expect(typo.output).toContain('groupIds');
    },
    60_000,
  );
});
