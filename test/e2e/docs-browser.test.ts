import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../functions/api/routes';
import { CHROMIUM, hasChromium, launchChromium, screenshot, watchPage } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

if (!hasChromium)
  console.warn(`docs page test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let stack: TestStack;
let browser: Browser | undefined;

beforeAll(async () => {
  stack = await startTestStack();
  if (hasChromium) browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the reference page, as served', () => {
  it("runs nothing inline, under the console's content security policy, and cannot be framed", async () => {
    const response = await fetch(`${stack.url}/docs`);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const html = await response.text();
    // Every script and style sheet is a file of this origin; no inline script or style element.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      const asset = await fetch(`${stack.url}${src}`);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type'), src).toMatch(/javascript/);
    }
  });
});

describe('the reference page, in a real browser', () => {
  it.skipIf(!hasChromium)('lists every route from our own assets, with no console error', async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 900 } });
    const { problems, elsewhere } = watchPage(page, stack.url);
    const response = await page.goto(`${stack.url}/docs`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('.opblock-summary-path', { timeout: 30_000 });
    const shown = await page.$$eval('.opblock', (blocks) =>
      blocks.map((block) => block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? ''),
    );
    for (const route of API_ROUTES) expect(shown, route.path).toContain(route.path);
    expect(await page.textContent('body')).toContain('Créer un expéditeur');
    await screenshot(page, 'docs', false);
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
