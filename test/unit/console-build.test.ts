import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildConsole } from '../../console/build';
import type { ConsoleFile } from '../../console/files';
import { handler } from '../../functions/api/console';

/** The budget for the first load: what a phone on a slow network downloads before anything shows. */
const FIRST_LOAD_GZIPPED_JS = 150 * 1024;

let built: Record<ConsoleFile, string>;

beforeAll(() => {
  built = buildConsole();
});

const get = (asset?: string) =>
  handler({
    rawPath: asset ? `/console/${asset}` : '/',
    ...(asset ? { pathParameters: { asset } } : {}),
  } as unknown as APIGatewayProxyEventV2);

describe('the console as it ships', () => {
  it(`loads at most ${FIRST_LOAD_GZIPPED_JS / 1024} KB of gzipped JavaScript, in one file, with no source from elsewhere`, () => {
    const script = readFileSync(built['app.js']);
    expect(gzipSync(script).length).toBeLessThanOrEqual(FIRST_LOAD_GZIPPED_JS);
    expect(script.toString()).not.toMatch(/\bimport\s*\(\s*["'`]https?:|from\s*["']https?:/);
    expect(readFileSync(built['app.css']).toString()).not.toMatch(/@import|url\(\s*["']?https?:/);
  });

  it('serves a French page naming its files by their content, under a policy that allows only this origin', async () => {
    const page = await get();
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers?.['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers?.['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers?.['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers?.['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('<html lang="fr">');
    const sources = [...String(page.body).matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual([
      'data:,',
      expect.stringMatching(/^\/console\/app\.css\?v=[0-9a-f]{12}$/),
      expect.stringMatching(/^\/console\/app\.js\?v=[0-9a-f]{12}$/),
    ]);
  });

  it('serves its files gzipped and cached for good, and nothing else', async () => {
    for (const name of ['app.js', 'app.css'] as const) {
      const answer = await get(name);
      expect(answer.statusCode).toBe(200);
      expect(answer.isBase64Encoded).toBe(true);
      expect(answer.headers?.['content-encoding']).toBe('gzip');
      expect(answer.headers?.['cache-control']).toContain('immutable');
    }
    const missing = await get('../../package.json');
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(String(missing.body))).toMatchObject({ success: false, error: 'route-not-found' });
  });
});
