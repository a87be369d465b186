// Builds the publishable package: one ESM file (the client has no runtime dependency) and its types.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
rmSync(join(here, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile: join(here, 'dist/index.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
});
execFileSync(
  process.execPath,
  [join(here, '../node_modules/typescript/bin/tsc'), '-p', join(here, 'tsconfig.build.json')],
  {
    stdio: 'inherit',
  },
);
// One entry for the types, next to the code.
writeFileSync(join(here, 'dist/index.d.ts'), "export * from './types/sdk/src/index';\n");
