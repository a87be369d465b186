/**
 * Builds the web console (`console/app/`) and the operators' back office (`console/app/operators/`) into
 * the few files the console function serves: a script and a style sheet for each, minified by esbuild.
 * The local stack builds them as it starts; the CDK app builds them at synth, beside the function's bundle.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { CONSOLE_BUILD_DIR, CONSOLE_FILES, type ConsoleFile } from './files';

const REPOSITORY = join(import.meta.dirname, '..');

/** Builds the console into `outDir`; answers each file's path by its name. */
export function buildConsole(outDir: string = CONSOLE_BUILD_DIR): Record<ConsoleFile, string> {
  const result = buildSync({
    entryPoints: {
      app: join(REPOSITORY, 'console', 'app', 'main.tsx'),
      operators: join(REPOSITORY, 'console', 'app', 'operators', 'main.tsx'),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome111', 'firefox114', 'safari16.4'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    outdir: '/console',
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(outDir, { recursive: true });
  const paths = {} as Record<ConsoleFile, string>;
  for (const file of result.outputFiles) {
    const name = basename(file.path) as ConsoleFile;
    if (!CONSOLE_FILES.includes(name)) throw new Error(`The console build made an unexpected ${name}`);
    const path = join(outDir, name);
    // Several stacks may start at once (tests): each file appears whole or not at all.
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, file.contents);
    renameSync(partial, path);
    paths[name] = path;
  }
  return paths;
}
