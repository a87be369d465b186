// Builds the publishable package: one ESM file (the client has no runtime dependency) and its types.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDtsBundle } from 'dts-bundle-generator';
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
// One declaration file, with no relative import in it: it resolves the same under `nodenext`,
// `node16` and `bundler`. Only zod's types stay imported (the SDK's inputs are its schemas' types).
const [types] = generateDtsBundle(
  [{ filePath: join(here, 'src/index.ts'), output: { noBanner: true, exportReferencedTypes: false } }],
  { preferredConfigPath: join(here, 'tsconfig.build.json') },
);
writeFileSync(join(here, 'dist/index.d.ts'), types);
