/**
 * The console's people pages in a real browser: inviting a colleague who signs in with a first password,
 * a viewer who cannot cancel, API keys made and revoked, the audit log naming who did it, TOTP set-up.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser } from '../../local/cognito';
import { DEFAULT_PLAN } from '../../shared/accounts/account';
import { createAccount } from '../../shared/accounts/repository';
import { axeViolations, CHROMIUM, hasChromium, launchChromium, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';
import { totpCode } from '../support/people';

if (!hasChromium)
  console.warn(`console tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

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
  // Removals and revocations ask first.
  page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const text = async (selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

async function signInAs(email: string, password: string) {
  await page.goto(`${stack.url}/`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.press('#password', 'Enter');
}

async function emailsTo(to: string): Promise<{ subject: string; code: string }[]> {
  const answer = await fetch(`${stack.url}/_local/emails?to=${encodeURIComponent(to)}`);
  return ((await answer.json()) as { data: { subject: string; code: string }[] }).data;
}

const owner = () => stack.people.owner;

describe.skipIf(!hasChromium)('people in the web console', () => {
  it('invites a viewer who signs in with a first password and cannot cancel a campaign', async () => {
    const campaign = await stack.call('/v1/campaign/create', {
      type: 'SCHEDULED',
      scheduledDate: '2027-01-04T09:00:00.000Z',
      contacts: [{ phone: '2250700000001' }],
      text: 'Bonjour',
    });
    expect(campaign.status, JSON.stringify(campaign.body)).toBe(201);

    await signInAs(owner().email, owner().password);
    await page.waitForSelector('h1:text("Campagnes")');
    await page.click('nav >> text=Équipe');
    await page.fill('#invite-email', 'aminata.traore@example.com');
    await page.selectOption('#invite-role', 'viewer');
    await page.click('button:text("Inviter")');
    await page.waitForSelector('[role=status]:text("Invitation envoyée à aminata.traore@example.com.")');
    expect(await text('[data-testid=team] tr:has-text("aminata.traore@example.com")')).toContain('Invitée');
    await screenshot(page, 'console-team');

    const [invitation] = await emailsTo('aminata.traore@example.com');
    expect(invitation?.subject).toBe('Votre accès à la console SMS');
    await page.click('text=Se déconnecter');
    await signInAs('aminata.traore@example.com', invitation?.code ?? '');
    await page.waitForSelector('h2:text("Choisissez votre mot de passe")');
    await page.fill('#new-password', 'court');
    await page.press('#new-password', 'Enter');
    await page.waitForSelector('[role=alert]');
    expect(await text('[role=alert]')).toContain('Ce mot de passe ne convient pas');
    await page.fill('#new-password', 'Aminata-Console-2026!');
    await page.press('#new-password', 'Enter');
    await page.waitForSelector('h1:text("Campagnes")');
    expect(await text('header .who')).toBe('aminata.traore@example.com · Lecteur');

    // A viewer reads everything, and is offered nothing they may not do.
    expect(await page.$('text=Nouvelle campagne')).toBeNull();
    expect(await page.$('nav >> text=Clés API')).toBeNull();
    expect(await page.$('nav >> text=Webhooks')).toBeNull();
    await page.goto(`${stack.url}/#/campagnes/${campaign.body.data.id}`);
    await page.waitForSelector('main h1');
    await page.waitForLoadState('networkidle');
    expect(await page.$('button:text("Annuler la campagne")')).toBeNull();
    await page.click('nav >> text=Équipe');
    await page.waitForSelector('[data-testid=team]');
    expect(await page.$('#invite-email')).toBeNull();
    expect(await text('[data-testid=team] tr:has-text("aminata.traore@example.com")')).toContain('Active');
    // The API says the same, whatever the page shows.
    const cancel = await page.evaluate(async (id) => {
      const tokens = JSON.parse(sessionStorage.getItem('sms-console:tokens') ?? '{}');
      const answer = await fetch(`/v1/campaign/${id}/cancel`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.accessToken}` },
        body: '{}',
      });
      return { status: answer.status, body: await answer.json() };
    }, campaign.body.data.id);
    expect(cancel.status).toBe(403);
    expect(cancel.body.details).toEqual({ needed: 'editor', held: 'viewer' });
  });

  it('makes an API key shown once, revokes it, and the journal says who did both', async () => {
    await signInAs(owner().email, owner().password);
    await page.waitForSelector('h1:text("Campagnes")');
    await page.click('nav >> text=Clés API');
    await page.fill('#key-name', 'Intégration CRM');
    await page.selectOption('#key-role', 'editor');
    await page.click('button:text("Créer la clé")');
    const key = await text('[data-testid=new-key]');
    expect(key).toMatch(/^sk_/);
    expect((await stack.call('/v1/sender/list', {}, key)).status).toBe(200);
    await screenshot(page, 'console-keys');

    const row = '[data-testid=keys] tr:has-text("Intégration CRM")';
    await page.click(`${row} >> button:text("Révoquer")`);
    await page.waitForSelector(`${row}:has-text("Révoquée")`);
    expect((await stack.call('/v1/sender/list', {}, key)).body.error).toBe('invalid-api-key');
    // Reloaded, the key is nowhere on the page.
    await page.reload();
    await page.waitForSelector(row);
    expect(await page.content()).not.toContain(key);

    await page.click('nav >> text=Journal');
    await page.selectOption('#audit-action', 'key.revoke');
    await page.waitForSelector('[data-testid=audit] tr:has-text("Clé API révoquée")');
    expect(await text('[data-testid=audit] tbody tr')).toContain(`${owner().email} (Personne)`);
    await page.selectOption('#audit-action', 'key.create');
    await page.waitForSelector('[data-testid=audit] tr:has-text("Clé API créée")');
    expect(await text('[data-testid=audit] tbody tr')).toContain(`${owner().email} (Personne)`);
    // Everything that person did, whatever the action.
    await page.selectOption('#audit-action', '');
    await page.waitForSelector('[data-testid=audit] tr:has-text("Campagne créée")');
    await page.click(`[data-testid=audit] tbody tr:first-child button:text("${owner().email}")`);
    await page.waitForSelector(`[role=status]:text("Seulement ce qu’a fait ${owner().email}.")`);
    // Before the filter, the campaign the demo key made is listed too; after it, only this person's.
    await page.waitForFunction((email) => {
      const rows = [...document.querySelectorAll('[data-testid=audit] tbody tr')];
      return rows.length > 1 && rows.every((row) => row.textContent?.includes(email));
    }, owner().email);
    await screenshot(page, 'console-journal');
  });

  it('switches between accounts for someone in two', async () => {
    const other = await createAccount(stack.db, {
      name: 'Microfinance',
      plan: DEFAULT_PLAN,
      now: stack.clock.now(),
    });
    await stack.call('/v1/member/invite', { email: owner().email, role: 'editor' }, other.apiKey);
    await stack.call('/v1/group/create', { name: 'Épargnants' }, other.apiKey);
    await signInAs(owner().email, owner().password);
    await page.waitForSelector('select[aria-label=Compte]');
    await page.selectOption('select[aria-label=Compte]', other.account.id);
    await page.waitForSelector('header .who:has-text("Éditeur")');
    await page.click('nav >> text=Groupes');
    await page.waitForSelector('main :text("Épargnants")');
    await page.selectOption('select[aria-label=Compte]', stack.demo.accountId);
    await page.waitForSelector('header .who:has-text("Propriétaire")');
  });

  it('sets up TOTP, then asks for a code at the next sign-in', async () => {
    const other = await createAccount(stack.db, {
      name: 'Banque',
      plan: DEFAULT_PLAN,
      now: stack.clock.now(),
    });
    const person = { email: 'tresorier@example.com', password: 'Tresorier-2026!' };
    await ensureUser(stack.cognito, person);
    const invited = await stack.call(
      '/v1/member/invite',
      { email: person.email, role: 'owner' },
      other.apiKey,
    );
    expect(invited.body.data.status).toBe('ACTIVE');
    await signInAs(person.email, person.password);
    await page.waitForSelector('h1:text("Campagnes")');
    await page.click('header .who');
    await page.click('button:text("Activer la double authentification")');
    const secret = await text('[data-testid=totp-secret]');
    // Codes are checked on the system's time, on either target (the twin's TOTP library reads it).
    const poolNow = async () => new Date();
    await page.fill('#totp-code', totpCode(secret, await poolNow()));
    await page.click('button:text("Activer")');
    await page.waitForSelector('[role=status]:text("Activée")');

    await page.click('text=Se déconnecter');
    await signInAs(person.email, person.password);
    await page.waitForSelector('#totp');
    await page.fill('#totp', totpCode(secret, await poolNow()));
    await page.press('#totp', 'Enter');
    await page.waitForSelector('h1:text("Campagnes")');
  });

  it('has no serious accessibility problem on the people pages and the sign-in steps', async () => {
    await signInAs(owner().email, owner().password);
    await page.waitForSelector('h1:text("Campagnes")');
    const found: Record<string, unknown> = {};
    for (const hash of ['equipe', 'cles', 'journal', 'securite']) {
      await page.goto(`${stack.url}/#/${hash}`);
      await page.waitForSelector('main h1');
      await page.waitForLoadState('networkidle');
      const serious = (await axeViolations(page)).filter((violation) =>
        ['serious', 'critical'].includes(violation.impact ?? ''),
      );
      if (serious.length) found[hash] = serious;
    }
    await page.click('text=Se déconnecter');
    await page.click('button:text("Mot de passe oublié ?")');
    await page.waitForSelector('h2:text("Mot de passe oublié")');
    const forgot = (await axeViolations(page)).filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    );
    if (forgot.length) found.forgot = forgot;
    expect(found).toEqual({});
  });

  it('resets a forgotten password with the code the pool e-mails', async () => {
    const other = await createAccount(stack.db, {
      name: 'Oubli',
      plan: DEFAULT_PLAN,
      now: stack.clock.now(),
    });
    const person = { email: 'oublieux@example.com', password: 'Oublieux-2026!' };
    await ensureUser(stack.cognito, person);
    await stack.call('/v1/member/invite', { email: person.email, role: 'viewer' }, other.apiKey);
    await page.goto(`${stack.url}/`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.click('button:text("Mot de passe oublié ?")');
    await page.fill('#email', person.email);
    await page.click('button:text("Recevoir un code")');
    await page.waitForSelector('#reset-code');
    const [reset] = await emailsTo(person.email);
    expect(reset?.subject).toBe('Votre code de réinitialisation');
    await page.fill('#reset-code', reset?.code ?? '');
    await page.fill('#new-password', 'Oublieux-Nouveau-2026!');
    await page.click('button:text("Changer le mot de passe")');
    await page.waitForSelector('[role=status]:text("Mot de passe changé")');
    await signInAs(person.email, 'Oublieux-Nouveau-2026!');
    await page.waitForSelector('h1:text("Campagnes")');
  });
});
