import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../functions/api/routes';
import { startTestStack, type TestStack } from '../support/local-stack';
import { ROOT } from '../support/process';

/** Debian's Chromium (`apt-get install -y chromium`; `.ci/run` installs it when missing). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`docs page test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let stack: TestStack;
let browser: Browser | undefined;

beforeAll(async () => {
  stack = await startTestStack();
  if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the reference page, in a real browser', () => {
  it.skipIf(!hasChromium)('lists every route from our own assets, with no console error', async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const elsewhere: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(stack.url)) elsewhere.push(request.url());
    });
    const response = await page.goto(`${stack.url}/docs`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('.opblock-summary-path', { timeout: 30_000 });
    const shown = await page.$$eval('.opblock', (blocks) =>
      blocks.map((block) => block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? ''),
    );
    for (const route of API_ROUTES) expect(shown, route.path).toContain(route.path);
    expect(await page.textContent('body')).toContain('Créer un expéditeur');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'docs.png'), fullPage: false });
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
