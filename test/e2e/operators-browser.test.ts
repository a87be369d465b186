/**
 * The operators' back office in a real browser (`/operateurs`): an operator signs in with a TOTP code,
 * accepts and refuses sender IDs (the customer's console shows it), tops an account up, suspends and
 * resumes it, and sends a dead-lettered message back into its queue. Each page passes axe's WCAG rules.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_REFUSAL_REASONS } from '../../shared/senders/refusal-reasons';
import {
  axeViolations,
  CHROMIUM,
  hasChromium,
  launchChromium,
  screenshot,
  watchPage,
} from '../support/browser';
import { localOnly, startTestStack, type TestStack } from '../support/local-stack';
import { totpCode } from '../support/people';
import { startReceiver } from '../support/webhook-receiver';

if (!hasChromium)
  console.warn(`back-office tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  stack = await startTestStack();
  if (!hasChromium) return;
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
    locale: 'fr-FR',
  });
  page = await context.newPage();
  ({ problems } = watchPage(page, stack.url));
  // Suspending asks first.
  page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const text = async (selector: string, on: Page = page) =>
  ((await on.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

async function expectNoAxeViolations(on: Page = page) {
  const violations = await axeViolations(on);
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function signIn(on: Page, path: string, person: { email: string; password: string }) {
  await on.goto(`${stack.url}${path}`);
  await on.evaluate(() => sessionStorage.clear());
  await on.reload();
  await on.fill('#email', person.email);
  await on.fill('#password', person.password);
  await on.press('#password', 'Enter');
}

async function signInAsOperator() {
  const { operator } = stack.people;
  await signIn(page, '/operateurs', operator);
  await page.waitForSelector('#totp');
  // The pool's twin checks the code against the machine's time, as Cognito does.
  await page.fill('#totp', totpCode(operator.totpSecret, new Date()));
  await page.press('#totp', 'Enter');
  await page.waitForSelector('h1:text("Vue d’ensemble")');
}

const openSection = async (label: string, title = label) => {
  await page.click(`header nav >> text=${label}`);
  await page.waitForSelector(`main h1:text("${title}")`);
  await page.waitForLoadState('networkidle');
};

const openDemoAccount = async () => {
  await openSection('Comptes');
  await page.fill('#account-search', stack.demo.accountId);
  await page.click(`[data-testid=accounts] a[href="#/comptes/${stack.demo.accountId}"]`);
  await page.waitForSelector('[data-testid=account-balance]');
};

const available = async () => (await stack.call('/v1/account/balance')).body.data.available.amount as number;

describe.skipIf(!hasChromium)('the operators’ back office in a browser', () => {
  it('turns a customer away, and lets an operator in with a TOTP code', async () => {
    await signIn(page, '/operateurs', stack.people.owner);
    await page.waitForSelector('[role=alert]');
    expect(await text('[role=alert]')).toContain('réservé aux opérateurs');
    await page.click('text=Se déconnecter');
    // The customer's 403 was logged by the browser, as expected: only what follows counts.
    problems.splice(0);

    await signInAsOperator();
    expect(await page.title()).toBe('Vue d’ensemble · Back-office SMS');
    expect(await page.$$eval('header nav a', (links) => links.map((link) => link.textContent))).toEqual([
      'Vue d’ensemble',
      'Comptes',
      'Expéditeurs à valider',
      'Tarifs',
      'Files en échec',
    ]);
    await page.waitForSelector('[data-testid=overview-total]');
    await expectNoAxeViolations();
    expect(problems).toEqual([]);
  });

  it('accepts one sender ID, refuses another with a usual reason, and the customer sees both', async () => {
    for (const name of ['AWASHOP', 'BANQUEXYZ'])
      expect((await stack.call('/v1/sender/create', { name, description: `Alertes ${name}` })).status).toBe(
        201,
      );

    await openSection('Expéditeurs à valider');
    await page.waitForSelector('[data-testid=sender-queue] tr:has-text("AWASHOP")');
    await page.click('button:text("Accepter AWASHOP")');
    await page.waitForSelector('[role=status]:text("AWASHOP")');
    // Accepted, it leaves the queue of pending requests.
    await page.waitForSelector('[data-testid=sender-queue] tr:has-text("AWASHOP")', { state: 'detached' });

    await page.click('button:text("Refuser BANQUEXYZ")');
    await page.check('#refusal-1');
    await expectNoAxeViolations();
    await page.click('form.confirm button:text("Refuser BANQUEXYZ")');
    await page.waitForSelector('[role=status]:text("BANQUEXYZ")');
    await screenshot(page, 'operators-senders');

    const senders = (await stack.call('/v1/sender/list')).body.data as { name: string; status: string }[];
    expect(senders.map(({ name, status }) => [name, status])).toEqual(
      expect.arrayContaining([
        ['AWASHOP', 'ACCEPTED'],
        ['BANQUEXYZ', 'REFUSED'],
      ]),
    );
    // The customer's own console, in another tab (another session).
    const customer = await context.newPage();
    await signIn(customer, '/', stack.people.owner);
    await customer.waitForSelector('h1:text("Campagnes")');
    await customer.click('nav >> text=Expéditeurs');
    await customer.waitForSelector('tr:has-text("BANQUEXYZ")');
    expect(await text('tr:has-text("AWASHOP")', customer)).toContain('Accepté');
    expect(await text('tr:has-text("BANQUEXYZ")', customer)).toContain(COMMON_REFUSAL_REASONS[1]);
    await customer.close();
  });

  it('opens an account: the page shows it, its owner is invited, its opening balance is in its ledger', async () => {
    await openSection('Comptes');
    await page.fill('#open-name', 'Pharmacie du Plateau');
    await page.fill('#open-owner', 'kouassi.yao@example.com');
    await page.fill('#open-balance', '15000');
    await page.fill('#open-senders', '2');
    await page.click('button:text("Ouvrir le compte")');
    await page.waitForSelector('main h1:text("Pharmacie du Plateau")');
    await page.waitForSelector('table.ledger tr:has-text("Solde d\'ouverture")');
    expect(await text('[data-testid=account-balance] [data-figure=available]')).toBe('15 000 F CFA');
    expect(await text('[data-testid=members]')).toContain('kouassi.yao@example.com');
    expect(await text('main')).toContain('2 expéditeurs autorisés');
    const emails = await fetch(`${stack.url}/_local/emails?to=kouassi.yao%40example.com`);
    expect(((await emails.json()) as { data: unknown[] }).data).toHaveLength(1);

    // The account's own price, then the prices that apply to it on the Tarifs page.
    const accountId = page.url().split('/').pop() as string;
    await page.fill('#account-price-country', 'SN');
    await page.fill('#account-price-amount', '22');
    await page.click('form:has(#account-price-country) button:text("Enregistrer")');
    await page.waitForSelector(
      '[data-testid=account-prices] tr:has-text("(SN)"):has-text("Propre au compte")',
    );
    await openSection('Tarifs');
    await page.fill('#prices-account', accountId);
    await page.click('button:text("Afficher")');
    await page.waitForSelector('[data-testid=prices] tr:has-text("(SN)"):has-text("Propre au compte")');
    expect(await text('[data-testid=prices] tr:has-text("(SN)")')).toContain('22 F CFA');
  });

  it('tops the account up once, with its note in the ledger, and the customer’s balance moves', async () => {
    const before = await available();
    await openDemoAccount();
    await page.fill('#top-up-amount', '25 000');
    await page.fill('#top-up-note', 'Virement Orange Money 4471');
    await page.click('button.primary:text("Créditer")');
    await page.waitForSelector('[role=status]:text("enregistrés")');
    expect(await available()).toBe(before + 25_000);
    await page.waitForSelector('table.ledger tr:has-text("Virement Orange Money 4471")');
    expect(await text('table.ledger tr:has-text("Virement Orange Money 4471")')).toContain('Recharge');
    await screenshot(page, 'operators-account');
    await expectNoAxeViolations();
  });

  it('suspends the account (its key is refused) and resumes it', async () => {
    await openDemoAccount();
    await page.fill('#suspend-reason', 'Envois signalés comme frauduleux par Orange CI');
    await page.click('button:text("Suspendre le compte")');
    await page.waitForSelector('[data-testid=suspension]');
    expect(await text('[data-testid=suspension]')).toContain('Envois signalés comme frauduleux');
    const refused = await stack.call('/v1/sender/list');
    expect([refused.status, refused.body.error]).toEqual([403, 'account-suspended']);

    await page.click('button:text("Réactiver le compte")');
    await page.waitForSelector('button:text("Suspendre le compte")');
    expect((await stack.call('/v1/sender/list')).status).toBe(200);
  });

  it('sends a dead-lettered chunk back into its queue: the message goes', async () => {
    const phone = '2250700009101';
    const failures = (rule: Record<string, unknown>) =>
      fetch(`${stack.url}/_local/outbox/failures`, { method: 'POST', body: JSON.stringify(rule) });
    expect((await failures({ phone, kind: 'transient', times: 1000 })).status).toBe(200);
    const created = await stack.call('/v1/campaign/create', { contacts: [{ phone }], text: 'Essai de file' });
    await stack.queues.drain();

    await openSection('Files en échec');
    const depth = '[data-queue=send] [data-figure=depth]';
    expect(await text(depth)).toBe('1');
    await expectNoAxeViolations();
    await failures({ phone, kind: 'transient', times: 0 });
    await page.click('[data-queue=send] button:text("Renvoyer dans la file")');
    await page.waitForSelector('[role=status]:text("Renvoi lancé")');
    await stack.queues.drain();
    const sent = await fetch(`${stack.url}/_local/outbox?campaignId=${created.body.data.id}`);
    expect(((await sent.json()) as { data: { to: string }[] }).data.map((message) => message.to)).toEqual([
      phone,
    ]);
    await page.click('button:text("Actualiser")');
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '0', depth);
  });

  it('shows prices beside the provider’s cost, and sets one', async () => {
    await openSection('Tarifs');
    await page.fill('#cost-country', 'CI');
    await page.fill('#cost-amount', '12,5');
    await page.click('form:has(#cost-country) button:text("Enregistrer")');
    await page.waitForSelector('[role=status]:text("Coût du fournisseur enregistré")');
    await page.waitForSelector('[data-testid=prices] tr:has-text("(CI)"):has-text("12,5")');
    const listed = (await stack.post('/v1/operator/price/list', {}, { authorization: await operatorToken() }))
      .body.data as { country: string; providerCost: { amount: number } | null }[];
    expect(listed.find((row) => row.country === 'CI')?.providerCost?.amount).toBe(12.5);
    await expectNoAxeViolations();
  });

  it('counts what was sent in the overview, by country and network', async () => {
    await openSection('Vue d’ensemble');
    await page.waitForSelector('[data-testid=countries]');
    // The dead-lettered message above went in the end: one message to Côte d'Ivoire, on Orange's prefix 07.
    expect(Number(await text('[data-testid=overview-total] [data-figure=sent]'))).toBeGreaterThanOrEqual(1);
    expect(await text('[data-testid=countries] tbody tr:first-child th')).toBe('Côte d’Ivoire (CI)');
    expect(await text('[data-testid=networks] tbody')).toContain('Orange');
    await screenshot(page, 'operators-overview');
    await expectNoAxeViolations();
    expect(problems).toEqual([]);
  });

  localOnly(
    'deployed, webhooks reach public addresses only',
    'a top-up made in the back office reaches the customer’s webhook as account.topped_up',
    async () => {
      const receiver = await startReceiver();
      try {
        const hook = await stack.call('/v1/webhook/create', {
          url: receiver.url,
          events: ['account.topped_up'],
        });
        expect(hook.status).toBe(201);
        await openDemoAccount();
        await page.fill('#top-up-amount', '5000');
        await page.fill('#top-up-note', 'Dépôt en agence');
        await page.click('button.primary:text("Créditer")');
        await page.waitForSelector('[role=status]:text("enregistrés")');
        await stack.webhookQueue.drain();
        expect(receiver.events().map((event) => [event.type, event.data.amount])).toEqual([
          ['account.topped_up', { amount: 5000, currency: 'XOF' }],
        ]);
      } finally {
        await receiver.stop();
      }
    },
  );
});

/** The operator's token as the page keeps it (its own session, beside the console's). */
const operatorToken = async () =>
  `Bearer ${await page.evaluate(() => JSON.parse(sessionStorage.getItem('sms-operateurs:tokens') ?? '{}').accessToken)}`;
