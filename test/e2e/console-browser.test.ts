/**
 * The web console in a real browser (Debian's Chromium, driven by playwright-core) against the local
 * stack `npm start` runs: what a customer does, from signing in to watching a campaign delivered.
 * Screenshots of each page go to `test-artifacts/console-*.png`.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser } from '../../local/cognito';
import { DEFAULT_PLAN } from '../../shared/accounts/account';
import { createAccount } from '../../shared/accounts/repository';
import { DEFAULT_LARGE_AUDIENCE } from '../../shared/config';
import { configureRuntime } from '../../shared/runtime';
import { setSenderStatus } from '../../shared/senders/use-cases';
import { disableWebhook, requireWebhook } from '../../shared/webhooks/repository';
import { TEST_ACTOR } from '../support/actors';
import {
  axeViolations,
  CHROMIUM,
  hasChromium,
  launchChromium,
  screenshot,
  watchPage,
} from '../support/browser';
import { localOnly, startTestStack, type TestStack } from '../support/local-stack';
import { startReceiver } from '../support/webhook-receiver';

if (!hasChromium)
  console.warn(`console tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: ReturnType<typeof watchPage>;

/** French numbers group thousands with a narrow no-break space: compare with plain spaces. */
const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const textOf = async (selector: string) => plain(await page.textContent(selector));

beforeAll(async () => {
  stack = await startTestStack();
  if (!hasChromium) return;
  browser = await launchChromium();
  // axe is injected as a script, which the console's own policy (rightly) refuses: bypassed for the test only.
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
    locale: 'fr-FR',
  });
  page = await context.newPage();
  watched = watchPage(page, stack.url);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Signs in from a fresh tab's session with an e-mail and a password, as people do. */
async function signInAs(email: string, password: string, on: Page = page) {
  await on.goto(`${stack.url}/`);
  await on.evaluate(() => sessionStorage.clear());
  await on.reload();
  await on.fill('#email', email);
  await on.fill('#password', password);
  await on.press('#password', 'Enter');
  await on.waitForSelector('h1:text("Campagnes")');
}

/** The demo account's owner. */
const signIn = () => signInAs(stack.people.owner.email, stack.people.owner.password);

/** A person who may sign in at once (a password of their own), made the owner of the account with `apiKey`. */
async function ownerWithPassword(apiKey: string, email: string, password = 'Proprietaire-2026!') {
  await ensureUser(stack.cognito, { email, password });
  const invited = await stack.call('/v1/member/invite', { email, role: 'owner' }, apiKey);
  expect(invited.status).toBe(201);
  return { email, password };
}

/** Signs in, from a fresh tab's session, as the owner of a new account (nothing in it, nothing to spend). */
async function signInToNewAccount(name: string) {
  const created = await createAccount(stack.db, { name, plan: DEFAULT_PLAN, now: stack.clock.now() });
  const owner = await ownerWithPassword(created.apiKey, `owner.${name.toLowerCase()}@example.com`);
  await signInAs(owner.email, owner.password);
  return { ...created, owner };
}

/** Lets everything queued run: the send path, then the carrier's reports `seconds` later on the stack's clock. */
async function settle(seconds: number) {
  await stack.queues.drain();
  await stack.later(seconds);
  await stack.queues.drain();
}

/**
 * 1,000 customers as a spreadsheet exports them (Excel's `;`, a BOM, accents), plus rows to refuse:
 * first a row only the API can refuse (a first name over 100 characters), in the first batch.
 */
function customersCsv(): string {
  const lines = ['\uFEFFPrénom;Nom;Téléphone;Civilité', `${'X'.repeat(101)};Long;+225 07 99 99 00 00;M.`];
  for (let index = 0; index < 1000; index++) {
    const phone = `+225 07 ${String(index)
      .padStart(4, '0')
      .replace(/(\d\d)(\d\d)/, '$1 $2')} 00 00`;
    lines.push(`Client${index};Koné;${phone};${index % 2 ? 'Mme' : 'M.'}`);
  }
  lines.push(
    'Sans;Numéro;;M.',
    'Mauvais;Numéro;abc;Mme',
    'Trop;Court;12345;M.',
    'Double;Koné;+225 07 00 00 00 00;M.',
  );
  return lines.join('\r\n');
}

describe.skipIf(!hasChromium)('the web console, in a real browser', () => {
  it('signs in with an e-mail and a password, the tokens kept in this tab only, in French, with the keyboard', async () => {
    await page.goto(`${stack.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.fill('#email', stack.people.owner.email);
    await page.fill('#password', 'pas-le-bon-mot-de-passe');
    await page.press('#password', 'Enter');
    expect(await textOf('[role=alert]')).toBe('E-mail ou mot de passe incorrect.');
    await screenshot(page, 'console-sign-in');

    await page.fill('#password', stack.people.owner.password);
    await page.press('#password', 'Enter');
    await page.waitForSelector('h1:text("Campagnes")');
    const kept = await page.evaluate(() => ({ ...sessionStorage }));
    expect(Object.keys(kept).sort()).toEqual(['sms-console:account', 'sms-console:tokens']);
    expect(kept['sms-console:account']).toBe(stack.demo.accountId);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    const { accessToken } = JSON.parse(kept['sms-console:tokens'] ?? '{}') as { accessToken: string };
    expect(page.url()).not.toContain(accessToken);
    expect(await textOf('header .who')).toBe(`${stack.people.owner.email} · Propriétaire`);
    await screenshot(page, 'console-campaigns-empty');

    await page.click('text=Se déconnecter');
    await page.waitForSelector('#email');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('imports a CSV of 1,000 rows into a new group, in batches, with a report of the rows refused', async () => {
    await signIn();
    await page.click('text=Contacts');
    await page.click('text=Importer un fichier CSV');
    await page.setInputFiles('#import-file', {
      name: 'clients-abidjan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(customersCsv()),
    });
    // The columns are guessed from the header; the user could change each.
    expect(await page.inputValue('#column-phone')).toBe('2');
    expect(await page.inputValue('#column-firstName')).toBe('0');
    expect(await page.inputValue('#column-lastName')).toBe('1');
    expect(await textOf('[data-testid=import-count]')).toBe(
      '1 000 contacts à importer, 1 doublon ignoré, 4 lignes refusées (détail plus bas).',
    );
    expect(await page.inputValue('#import-group-name')).toBe('clients-abidjan');
    await screenshot(page, 'console-import-columns');

    await page.click('button:text("Importer 1 000 contacts")');
    await page.waitForSelector('[data-testid=import-status]:text("terminé")', { timeout: 60_000 });
    expect(await page.getAttribute('#import-progress', 'value')).toBe('1000');
    expect(await textOf('[data-testid=import-result]')).toContain(
      '1 000 contacts ajoutés au groupe (1 000 nouveaux contacts), 0 déjà membre.',
    );
    const refused = await page.$$eval('[data-testid=import-problems] tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    );
    // A first name over the API's 100 characters, refused here by the API's own rule before anything is sent.
    expect(refused).toEqual([
      ['2', '+225 07 99 99 00 00', 'Prénom : 100 caractères au plus'],
      ['1003', '', 'pas de numéro'],
      ['1004', 'abc', expect.stringContaining('que des chiffres')],
      ['1005', '12345', expect.stringContaining('de 8 à 15 chiffres')],
    ]);
    await screenshot(page, 'console-import-done');

    const groups = await stack.call('/v1/group/list');
    expect(groups.body.data).toEqual([
      expect.objectContaining({ name: 'clients-abidjan', memberCount: 1000 }),
    ]);
    const contact = await stack.call('/v1/contact/list', { phone: '2250700010000' });
    expect(contact.body.data).toEqual([
      expect.objectContaining({ phone: '2250700010000', firstName: 'Client1', lastName: 'Koné', sex: 'F' }),
    ]);
  }, 120_000);

  it('sends a file of over 5,000 rows to storage whole, the platform reading it, its progress shown', async () => {
    await page.click('text=Contacts');
    await page.click('text=Importer un fichier CSV');
    const lines = ['Téléphone,Prénom,Ville'];
    for (let index = 0; index < 6000; index++)
      lines.push(`2250760${String(index).padStart(6, '0')},Awa ${index},Bouaké`);
    lines.push('pas-un-numero,Moussa,Korhogo', '2250760000000,Awa 0,Bouaké');
    await page.setInputFiles('#import-file', {
      name: 'gros-fichier.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.fill('#import-group-name', 'Gros fichier');
    await page.click('button:text("Importer 6 002 lignes (gros fichier)")');
    await page.waitForSelector('[data-testid=import-status]:text("terminé")', { timeout: 60_000 });
    expect(await textOf('[data-testid=import-status]')).toBe('6 002 / 6 002 lignes traitées : terminé.');
    expect(await page.getAttribute('#import-progress', 'value')).toBe(
      await page.getAttribute('#import-progress', 'max'),
    );
    expect(await textOf('[data-testid=import-result]')).toContain(
      '6 000 contacts importés, 1 doublon ignoré, 1 ligne refusée.',
    );
    const refusedLink = await page.getAttribute('a:text("Télécharger les lignes refusées (CSV)")', 'href');
    expect(await (await fetch(refusedLink as string)).text()).toContain('pas-un-numero');
    await screenshot(page, 'console-import-big-file');
    const groups = await stack.call('/v1/group/list');
    expect(groups.body.data).toContainEqual(
      expect.objectContaining({ name: 'Gros fichier', memberCount: 6000 }),
    );
    const contact = await stack.call('/v1/contact/list', { phone: '2250760000042' });
    expect(contact.body.data[0]).toMatchObject({ firstName: 'Awa 42', fields: { ville: 'Bouaké' } });
  }, 120_000);

  it('sends a personalised campaign to the group and shows it sent, then delivered', async () => {
    await page.click('text=Campagnes');
    await page.click('text=Nouvelle campagne');
    await page.fill('#campaign-name', 'Soldes de décembre');
    await page.check('label:has-text("clients-abidjan") input');
    await page.fill('#campaign-text', 'Bonjour ');
    await page.click('button:text("@prenom")');
    await page.type('#campaign-text', ', les soldes commencent : –20 % sur tout !');
    // The en dash forces UCS-2; the console offers the GSM spelling, applied in one click.
    await page.waitForSelector('[data-testid=encoding]:text("UCS-2")');
    expect(await page.inputValue('#campaign-text')).toBe(
      'Bonjour @prenom, les soldes commencent : –20 % sur tout !',
    );
    await page.click('.suggestion button:text("Remplacer")');
    await page.waitForSelector('[data-testid=encoding]:text("GSM-7")');
    expect(await page.inputValue('#campaign-text')).toBe(
      'Bonjour @prenom, les soldes commencent : -20 % sur tout !',
    );
    expect(await textOf('[data-testid=segments]')).toBe('1 SMS');
    expect(await textOf('[data-testid=summary]')).toContain('1 000 destinataires');
    expect(await textOf('[data-testid=summary]')).toContain('= 1 000 segments');
    // The cost in money before sending, country by country (the demonstration price: 25 a segment in CI).
    await page.waitForSelector('[data-testid=estimate-cost]');
    expect(await textOf('[data-testid=estimate-cost]')).toBe('25 000 F CFA');
    const cells = await page.$$eval('[data-testid=estimate-countries] tbody td', (found) =>
      found.map((cell) => cell.textContent),
    );
    expect(cells.map(plain)).toEqual(['Côte d’Ivoire', '1 000', '1 000', '25 F CFA', '25 000 F CFA']);
    await page.waitForSelector('[data-testid=header-balance]:has-text("F CFA")');
    expect(await textOf('[data-testid=header-balance]')).toBe('Solde 100 000 F CFA');
    await screenshot(page, 'console-new-campaign');

    await page.click('button:text("Envoyer à 1 000 destinataires")');
    await page.waitForSelector('h1:text("Soldes de décembre")');
    const id = page.url().split('/').pop() ?? '';
    // Sent: every message handed over (the local provider), then the carrier's reports a few seconds later.
    await stack.queues.drain();
    await page.waitForSelector('.badge:text("Envoyée")', { timeout: 60_000 });
    await screenshot(page, 'console-campaign-sent');
    // The page refreshes while reports are awaited; a refresh keeps what is being typed in a filter.
    await page.fill('#message-phone', '2250700010000');
    await page.waitForResponse((response) => response.url().endsWith(`/v1/campaign/${id}`));
    await page.waitForResponse((response) => response.url().endsWith(`/v1/campaign/${id}/messages`));
    expect(await page.inputValue('#message-phone')).toBe('2250700010000');
    await settle(10);
    await page.waitForFunction(
      () => document.querySelector('[data-stat=delivered]')?.textContent?.replace(/\D/g, '') === '1000',
      undefined,
      { timeout: 60_000 },
    );
    expect(await textOf('[data-stat=pending]')).toBe('0');
    expect(await textOf('[data-stat=failed]')).toBe('0');

    // The message log, filtered by phone (applied on leaving the field): what the recipient received.
    await page.press('#message-phone', 'Tab');
    await page.waitForFunction(() => document.querySelectorAll('table.messages tbody tr').length === 1);
    expect(await textOf('table.messages tbody tr')).toContain(
      'Bonjour Client1, les soldes commencent : -20 % sur tout !',
    );
    expect(await textOf('table.messages tbody tr')).toContain('Remis');
    await screenshot(page, 'console-campaign-delivered');

    const campaign = await stack.call(`/v1/campaign/${id}`);
    expect(campaign.body.data).toMatchObject({
      status: 'SENT',
      stats: { total: 1000, sent: 1000, delivered: 1000, cost: { amount: 25_000, currency: 'XOF' } },
    });
    expect(await textOf('[data-stat=cost]')).toBe('25 000 F CFA');
  }, 120_000);

  it('schedules a campaign on a quarter hour in a time zone, then cancels it', async () => {
    await page.goto(`${stack.url}/#/campagnes/nouvelle`);
    await page.fill('#campaign-name', 'Rappel de rendez-vous');
    await page.fill('#pasted-phones', '+225 07 11 22 33 44\n221 77 000 00 01');
    await page.fill('#campaign-text', 'Rappel : votre rendez-vous est demain.');
    await page.check('input[name=type][value=SCHEDULED]');
    await page.selectOption('#campaign-zone', 'Africa/Abidjan');
    // The stack's clock stands at 2026-06-01 09:00 UTC.
    await page.fill('#campaign-date', '2026-06-02');
    await page.selectOption('#campaign-time', '10:15');
    expect(await page.$$eval('#campaign-time option', (options) => options.length)).toBe(96);
    await page.click('button:text("Programmer la campagne")');
    await page.waitForSelector('h1:text("Rappel de rendez-vous")');
    const id = page.url().split('/').pop() ?? '';
    expect((await stack.call(`/v1/campaign/${id}`)).body.data).toMatchObject({
      type: 'SCHEDULED',
      status: 'PENDING',
      scheduledDate: '2026-06-02T10:15:00.000Z',
      timezone: 'Africa/Abidjan',
      recipientCount: 2,
    });
    expect(await textOf('.facts')).toContain('Programmée');
    expect(await textOf('.facts')).toContain('Envoi prévu2 juin 2026, 10:15 (Africa/Abidjan)');
    await screenshot(page, 'console-campaign-scheduled');

    await page.click('button:text("Annuler la campagne")');
    await page.click('button:text("Oui, annuler")');
    await page.waitForSelector('.badge:text("Annulée")');
    expect((await stack.call(`/v1/campaign/${id}`)).body.data.status).toBe('CANCELLED');
    await screenshot(page, 'console-campaign-cancelled');
  });

  localOnly(
    "the figure is set at deploy (-c largeAudience); here the stack's runtime is lowered in its process",
    'estimates a large audience and counts segments from samples, « ≈ », and shows the group being read after the answer',
    async () => {
      // "Gros fichier" holds 6,000 members: above 5,000, a large audience.
      configureRuntime({ largeAudience: 5_000 });
      try {
        await page.goto(`${stack.url}/#/campagnes/nouvelle`);
        await page.fill('#campaign-name', 'Grande liste');
        await page.check('label:has-text("Gros fichier") input');
        await page.fill('#campaign-text', 'Bonjour, nos agences ouvrent samedi.');
        await page.waitForSelector('[data-testid=estimate-approximate]');
        // Every member is a Côte d'Ivoire number and the text one segment: the draw scales exactly.
        expect(await textOf('[data-testid=estimate-cost]')).toBe('≈ 150 000 F CFA');
        expect(await textOf('[data-testid=estimate]')).toContain('pour environ 6 000 segments');
        expect(await textOf('[data-testid=estimate-approximate]')).toMatch(
          /^Estimation tirée de \d[\d ]* destinataires lus au hasard : le coût exact est calculé au moment de l’envoi\.$/,
        );
        await screenshot(page, 'console-estimate-approximate');

        await page.check('input[name=type][value=SCHEDULED]');
        await page.selectOption('#campaign-zone', 'Africa/Abidjan');
        await page.fill('#campaign-date', '2026-06-02');
        await page.selectOption('#campaign-time', '10:15');
        // The preparation is not handed over: the campaign waits for its schedule, its group unread.
        stack.queues.refuseDispatches = 1;
        await page.click('button:text("Programmer la campagne")');
        await page.waitForSelector('h1:text("Grande liste")');
        const id = page.url().split('/').pop() ?? '';
        expect((await stack.call(`/v1/campaign/${id}`)).body.data).toMatchObject({ preparing: true });
        await page.waitForSelector('.facts .badge:text("Lecture des groupes en cours…")');
        await screenshot(page, 'console-campaign-preparing');
        await page.click('button:text("Annuler la campagne")');
        await page.click('button:text("Oui, annuler")');
        await page.waitForSelector('.badge:text("Annulée")');

        // The account holds more than 5,000 contacts: a segment's count is drawn too, until asked exactly.
        await page.goto(`${stack.url}/#/segments`);
        await page.waitForSelector('[data-testid=segment-approximate]');
        expect(await textOf('[data-testid=segment-count] strong')).toMatch(/^≈ \d[\d ]* contacts$/);
        expect(await textOf('[data-testid=segment-approximate]')).toMatch(
          /^Estimation tirée de \d[\d ]* contacts lus au hasard dans le compte : .* Compter exactement$/,
        );
        await screenshot(page, 'console-segment-approximate');
        await page.click('button:text("Compter exactement")');
        await page.waitForSelector('[data-testid=segment-approximate]', { state: 'detached' });
        const exact = (await stack.call('/v1/segment/preview', { conditions: [], exact: true })).body.data;
        expect(exact).toMatchObject({ approximate: false });
        expect(await textOf('[data-testid=segment-count] strong')).toBe(
          plain(`${exact.count.toLocaleString('fr-FR')} contacts`),
        );
      } finally {
        configureRuntime({ largeAudience: DEFAULT_LARGE_AUDIENCE });
        stack.queues.refuseDispatches = 0;
      }
    },
  );

  it('puts each API error in plain French beside what caused it', async () => {
    await page.goto(`${stack.url}/#/expediteurs`);
    await page.fill('#sender-name', 'ab');
    await page.fill('#sender-description', 'Nos promotions');
    await page.click('button:text("Demander")');
    expect(await textOf('#sender-name-error')).toBe('3 caractères au moins');
    expect(await page.getAttribute('#sender-name', 'aria-describedby')).toBe('sender-name-error');

    await page.goto(`${stack.url}/#/campagnes/nouvelle`);
    await page.fill('#campaign-text', 'Bonjour');
    await page.click('button[type=submit]');
    expect(await textOf('#contacts-error')).toBe('ajoutez au moins un destinataire');
    expect(await textOf('.summary [role=alert]')).toContain('Certaines informations ne conviennent pas');

    await page.goto(`${stack.url}/#/webhooks`);
    await page.fill('#webhook-url', 'https://10.0.0.5/hooks');
    await page.click('button:text("Ajouter")');
    expect(await textOf('[role=alert]')).toContain('Cette adresse n’est pas acceptée');
    await screenshot(page, 'console-errors');

    await page.goto(`${stack.url}/#/campagnes/0123456789abcdef01234567`);
    expect(await textOf('[role=alert]')).toBe('Cette campagne n’existe pas (ou plus) dans votre compte.');
  });

  it('requests a sender and shows its status and a refusal’s reason', async () => {
    await page.goto(`${stack.url}/#/expediteurs`);
    await page.fill('#sender-name', 'BoutikCI');
    await page.fill('#sender-description', 'Promotions de la boutique');
    await page.click('button:text("Demander")');
    await page.waitForSelector('td:text("BoutikCI")');
    expect(await textOf('tbody tr:has-text("BoutikCI")')).toContain('En attente');
    const sender = (await stack.call('/v1/sender/list')).body.data.find(
      (candidate: { name: string }) => candidate.name === 'BoutikCI',
    );
    await setSenderStatus(
      { db: stack.db, clock: stack.clock },
      {
        actor: TEST_ACTOR,
        senderId: sender.id,
        to: 'REFUSED',
        reason: 'Nom trop proche d’une marque déposée',
      },
    );
    await page.reload();
    await page.waitForSelector('td:text("BoutikCI")');
    expect(await textOf('tbody tr:has-text("BoutikCI") .badge')).toBe('Refusé');
    expect(await textOf('tbody tr:has-text("BoutikCI") .help')).toBe(
      'Motif : Nom trop proche d’une marque déposée',
    );
    await screenshot(page, 'console-senders');
  });

  localOnly(
    'deployed, webhooks go to public addresses only, and the receiver here is on this machine',
    'adds a webhook, shows its secret once, sends a test and lists its delivery',
    async () => {
      const receiver = await startReceiver();
      try {
        await page.goto(`${stack.url}/#/webhooks`);
        await page.fill('#webhook-url', receiver.url);
        await page.click('button:text("Ajouter")');
        const secret = await textOf('[data-testid=webhook-secret]');
        expect(secret).toMatch(/^whsec_/);
        await screenshot(page, 'console-webhook-secret');
        await page.click(`a:text("${receiver.url}")`);
        await page.waitForSelector('button:text("Envoyer un test")');
        expect(await page.textContent('body')).not.toContain(secret);
        await page.click('button:text("Envoyer un test")');
        await stack.webhookQueue.drain();
        await page.waitForSelector('[data-testid=deliveries] .badge:text("Réussie")', { timeout: 60_000 });
        expect(receiver.events().map((event) => event.type)).toEqual(['webhook.test']);
        await screenshot(page, 'console-webhook-deliveries');

        // Disabled (the receiver answered 410 Gone): the page says why and enables it again.
        const id = page.url().split('/').pop() as string;
        await disableWebhook(
          stack.db,
          await requireWebhook(stack.db, stack.demo.accountId, id),
          'answered 410 Gone',
        );
        await page.reload();
        await page.click('button:text("Réactiver")');
        await page.waitForSelector('.badge:text("Actif")');
        expect(await page.$('button:text("Réactiver")')).toBeNull();
        expect((await requireWebhook(stack.db, stack.demo.accountId, id)).status).toBe('ENABLED');
      } finally {
        await receiver.stop();
      }
    },
  );

  it('shows contacts with their opt-outs, and the STOP list', async () => {
    await stack.call('/v1/opt-out/add', { phones: ['2250700020000'], reason: 'Demande par téléphone' });
    await page.goto(`${stack.url}/#/contacts`);
    await page.fill('#contact-search', '22507000200');
    await page.press('#contact-search', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    expect(await textOf('tbody tr')).toContain('Désinscrit (STOP)');
    await screenshot(page, 'console-contacts');
    // Chosen contacts go into a group.
    await page.goto(`${stack.url}/#/groupes`);
    await page.fill('#group-name', 'VIP');
    await page.click('button:text("Créer")');
    await page.waitForSelector('td:has-text("VIP")');
    await page.goto(`${stack.url}/#/contacts`);
    await page.fill('#contact-search', '22507000200');
    await page.press('#contact-search', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await page.check('input[aria-label="Choisir 2250700020000"]');
    await page.selectOption('#contacts-group', { label: 'VIP' });
    await page.click('form.inline button:text("Ajouter")');
    expect(await textOf('.success')).toBe('1 contact ajouté à « VIP ».');
    await page.goto(`${stack.url}/#/desinscrits`);
    await page.waitForSelector('td:text("2250700020000")');
    expect(await textOf('tbody tr')).toContain('ajouté par vous');
    await screenshot(page, 'console-opt-outs');
  });

  it('has no serious accessibility violation (axe-core, WCAG 2.1 AA) on any page', async () => {
    const campaignId = (await stack.call('/v1/campaign/list')).body.data[0].id;
    const groupId = (await stack.call('/v1/group/list')).body.data[0].id;
    const found: Record<string, unknown[]> = {};
    for (const hash of [
      'campagnes',
      `campagnes/${campaignId}`,
      'campagnes/nouvelle',
      'contacts',
      'contacts/importer',
      'groupes',
      `groupes/${groupId}`,
      'desinscrits',
      'expediteurs',
      'webhooks',
      'solde',
    ]) {
      await page.goto(`${stack.url}/#/${hash}`);
      await page.waitForSelector('main h1');
      await page.waitForLoadState('networkidle');
      const serious = (await axeViolations(page)).filter((violation) =>
        ['serious', 'critical'].includes(violation.impact ?? ''),
      );
      if (serious.length) found[hash] = serious;
    }
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${stack.url}/`);
    await page.reload();
    await page.waitForSelector('#email');
    const signIn = (await axeViolations(page)).filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    );
    if (signIn.length) found['sign-in'] = signIn;
    expect(found).toEqual({});
  });

  it('can be used with the keyboard alone: skip to the content, move between sections', async () => {
    await signIn();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.focus('a[href="#/campagnes"]:text("Campagnes")');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Contacts');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:text("Contacts")');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(focused).not.toBe('none');
  });

  it('fits a phone’s screen: no page scrolls sideways at 360 pixels', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await signInAs(stack.people.owner.email, stack.people.owner.password, phone);
    const campaignId = (await stack.call('/v1/campaign/list')).body.data[0].id;
    const wide: string[] = [];
    for (const [hash, name] of [
      ['campagnes', 'campaigns'],
      [`campagnes/${campaignId}`, 'campaign'],
      ['campagnes/nouvelle', 'new-campaign'],
      ['contacts/importer', 'import'],
      ['webhooks', 'webhooks'],
      ['solde', 'balance'],
    ] as const) {
      await phone.goto(`${stack.url}/#/${hash}`);
      await phone.waitForSelector('main h1');
      await phone.waitForLoadState('networkidle');
      if (await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
        wide.push(hash);
      await screenshot(phone, `console-phone-${name}`);
    }
    expect(wide).toEqual([]);
    await phone.close();
  });

  it('shows the balance and its ledger, and keeps a low-balance threshold', async () => {
    // Still signed in with the demo account (the keyboard test).
    await page.goto(`${stack.url}/#/campagnes`);
    // The 1,000 messages sent above: 4 chunks of 250, each charged 6,250 from the opening 100,000.
    await page.waitForSelector('[data-testid=header-balance]:has-text("75")');
    expect(await textOf('[data-testid=header-balance]')).toBe('Solde 75 000 F CFA');
    await page.click('[data-testid=header-balance]');
    await page.waitForSelector('h1:text("Solde et transactions")');
    await page.waitForSelector('table.ledger');
    expect(await textOf('[data-figure=available]')).toBe('75 000 F CFA');
    expect(await textOf('[data-figure=spent]')).toBe('25 000 F CFA');
    const rows = await page.$$eval('table.ledger tbody tr', (found) =>
      found.map((row) => row.textContent ?? ''),
    );
    expect(
      rows.map(plain).filter((row) => row.includes('Envoi') && row.includes('-6 250 F CFA')),
    ).toHaveLength(4);
    expect(plain(rows.at(-1) ?? '')).toContain('Recharge');
    expect(plain(rows.at(-1) ?? '')).toContain('Solde de démonstration');
    await page.selectOption('#ledger-type', 'TOP_UP');
    await page.waitForFunction(() => document.querySelectorAll('table.ledger tbody tr').length === 1);
    expect(await textOf('table.ledger tbody tr')).toContain('100 000 F CFA');
    expect(await textOf('table.prices')).toContain('Côte d’Ivoire (CI)25 F CFA');

    await page.fill('#low-balance', '80000');
    await page.click('button:text("Enregistrer")');
    await page.waitForSelector('[role=status]:text("Seuil enregistré.")');
    expect((await stack.call('/v1/account/balance')).body.data.lowBalanceThreshold).toEqual({
      amount: 80_000,
      currency: 'XOF',
    });
    await screenshot(page, 'console-balance');
    await page.fill('#low-balance', '');
    await page.click('button:text("Enregistrer")');
    await page.waitForSelector('[role=status]:text("Alerte de solde bas retirée.")');
  });

  it('refuses, in French and before the click, an immediate send the balance cannot cover', async () => {
    await signInToNewAccount('Empty');
    await page.waitForSelector('[data-testid=header-balance]:has-text("F CFA")');
    expect(await textOf('[data-testid=header-balance]')).toBe('Solde 0 F CFA');
    await page.goto(`${stack.url}/#/campagnes/nouvelle`);
    await page.fill('#pasted-phones', '2250700000001\n2210700000002\n2348031234567');
    await page.fill('#campaign-text', 'Bonjour');
    await page.waitForSelector('[data-testid=estimate-refusal]');
    expect(await textOf('[data-testid=estimate-refusal]')).toContain(
      'Votre solde disponible ne couvre pas le coût de cet envoi',
    );
    expect(await textOf('[data-testid=estimate]')).toContain('1 numéro vers un pays sans tarif (Nigeria)');
    expect(await textOf('[data-testid=estimate-cost]')).toBe('50 F CFA');
    expect(await page.isDisabled('.summary button[type=submit]')).toBe(true);
    await screenshot(page, 'console-new-campaign-refused');

    // Scheduled, it may still be made (a top-up may come first); it says what happens otherwise.
    await page.check('input[name=type][value=SCHEDULED]');
    await page.waitForSelector('[data-testid=estimate-refusal]:has-text("échouera à son heure")');
    expect(await page.isDisabled('.summary button[type=submit]')).toBe(false);
  });

  it('goes back to sign in, saying why, when the session stops being accepted', async () => {
    await signInToNewAccount('Expired');
    // A token the pool never signed, and no refresh token to get another: the next request is refused.
    await page.evaluate(() => {
      const tokens = JSON.parse(sessionStorage.getItem('sms-console:tokens') ?? '{}');
      sessionStorage.setItem(
        'sms-console:tokens',
        JSON.stringify({ accessToken: `${tokens.accessToken}x`, expiresAt: tokens.expiresAt }),
      );
    });
    await page.click('text=Contacts');
    await page.waitForSelector('#email');
    expect(await textOf('[role=alert]')).toBe('Votre session a pris fin : reconnectez-vous.');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('logged no error and asked nothing of any origin but its own and the user pool’s', async () => {
    const pool = JSON.parse((await page.getAttribute('meta[name=sign-in]', 'content')) ?? 'null') as {
      endpoint: string;
    };
    expect(watched.problems.filter((problem) => !problem.includes('status of 4'))).toEqual([]);
    expect(watched.elsewhere.filter((url) => !url.startsWith(new URL(pool.endpoint).origin))).toEqual([]);
  });
});
