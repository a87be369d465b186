/**
 * Contact fields in the web console (Chromium): a CSV's extra columns imported as fields, offered as
 * variables in the campaign editor, and the text tried with « Envoyer un test ».
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, launchChromium, screenshot, watchPage } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let browser: Browser;
let page: Page;
let watched: ReturnType<typeof watchPage>;

const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

beforeAll(async () => {
  stack = await startTestStack();
  if (!hasChromium) return;
  browser = await launchChromium();
  const context = await browser.newContext({
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

const INVOICES = [
  '\uFEFFPrénom;Téléphone;Montant dû;Échéance;Notes internes',
  'Awa;+225 07 00 07 00 01;12 500;30/06/2026;VIP',
  'Yao;+225 07 00 07 00 02;8 000;15/07/2026;',
].join('\r\n');

describe.skipIf(!hasChromium)('contact fields in the console', () => {
  it('imports extra columns as fields, offers them in the editor, and sends a test with them', async () => {
    await page.goto(`${stack.url}/`);
    await page.fill('#email', stack.people.owner.email);
    await page.fill('#password', stack.people.owner.password);
    await page.press('#password', 'Enter');
    await page.waitForSelector('h1:text("Campagnes")');

    await page.click('text=Contacts');
    await page.click('text=Importer un fichier CSV');
    await page.setInputFiles('#import-file', {
      name: 'factures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(INVOICES),
    });
    // The columns no built-in takes become fields, keyed by their header; one is left out by hand.
    expect(await page.inputValue('#field-column-2')).toBe('montant_du');
    expect(await page.inputValue('#field-column-3')).toBe('echeance');
    expect(await page.inputValue('#field-column-4')).toBe('notes_internes');
    await page.fill('#field-column-4', '');
    await page.fill('#field-column-2', 'Montant');
    expect(plain(await page.textContent('.field-columns .error'))).toContain('Clé invalide');
    await page.fill('#field-column-2', 'montant');
    expect(plain(await page.textContent('tbody tr:first-child td:last-child'))).toBe(
      '@montant : 12 500 ; @echeance : 30/06/2026',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'console-import-fields');
    await page.click('button:text("Importer 2 contacts")');
    await page.waitForSelector('[data-testid=import-status]:text("terminé")');
    const awa = (await stack.call('/v1/contact/list', { phone: '2250700070001' })).body.data[0];
    expect(awa.fields).toEqual({ montant: '12 500', echeance: '30/06/2026' });

    await page.click('text=Campagnes');
    await page.click('text=Nouvelle campagne');
    await page.check('label:has-text("factures") input');
    await page.fill('#campaign-text', 'Bonjour @prenom, votre facture de');
    // The account's fields are offered beside the built-in variables.
    await page.click('button.field-variable:text("@montant")');
    await page.type('#campaign-text', ' FCFA est due le');
    await page.click('button.field-variable:text("@echeance")');
    expect(await page.inputValue('#campaign-text')).toBe(
      'Bonjour @prenom, votre facture de @montant FCFA est due le @echeance',
    );
    await page.fill(
      '#campaign-text',
      'Bonjour @prenom, votre facture de @montant FCFA est due le @echeance. @parrain',
    );
    await page.waitForSelector('[data-testid=unknown-variables]');
    expect(plain(await page.textContent('[data-testid=unknown-variables]'))).toContain('@parrain');
    await page.fill(
      '#campaign-text',
      'Bonjour @prenom, votre facture de @montant FCFA est due le @echeance.',
    );

    const before = (await stack.call('/v1/account/balance')).body.data.balance.amount;
    await page.fill('#test-phones', '+225 07 00 07 09 99');
    await page.click('button:text("Envoyer un test")');
    await page.waitForSelector('[data-testid=test-result]');
    expect(plain(await page.textContent('[data-testid=test-result]'))).toContain('2250700070999 : Envoyé');
    const outbox = (await (await fetch(`${stack.url}/_local/outbox`)).json()) as {
      data: { to: string; text: string }[];
    };
    // Rendered with the first recipient's values (the group's are read when it goes), sent and charged.
    expect(
      outbox.data.filter((message) => message.to === '2250700070999').map((message) => message.text),
    ).toEqual([
      expect.stringMatching(/^Bonjour \S+, votre facture de [\d ]+ FCFA est due le \d\d\/\d\d\/2026\.$/),
    ]);
    expect((await stack.call('/v1/account/balance')).body.data.balance.amount).toBe(before - 25);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'console-test-send');
    expect(watched.problems).toEqual([]);
  }, 120_000);

  it('exports a campaign’s messages with « Exporter (CSV) » and downloads the file', async () => {
    const created = await stack.call('/v1/campaign/create', {
      contacts: [
        { phone: '2250700071001', firstName: 'Awa', fields: { montant: '12 500' } },
        { phone: '2250700071002', firstName: 'Yao', fields: { montant: '8 000' } },
      ],
      text: 'Bonjour @prenom, votre facture de @montant FCFA est disponible.',
    });
    expect(created.status).toBe(201);
    await stack.queues.drain();
    await page.goto(`${stack.url}/#/campagnes/${created.body.data.id}`);
    await page.waitForSelector('button:text("Exporter (CSV)")');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:text("Exporter (CSV)")'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^campagne-\w+-\d{4}-\d\d-\d\d\.csv$/);
    const file = await download.path();
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFphone;name;montant;text;')).toBe(true);
    expect(text).toContain(
      '2250700071001;Awa;12 500;Bonjour Awa, votre facture de 12 500 FCFA est disponible.',
    );
    await page.waitForSelector('[data-testid=export-link]');
    expect(plain(await page.textContent('.export'))).toContain('2 messages exportés');
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  }, 120_000);

  it('builds a segment on a field with its live count and sample, and offers it to a campaign', async () => {
    await page.click('nav >> text=Segments');
    await page.waitForSelector('h1:text("Segments")');
    await page.waitForSelector('[data-testid=segment-count]:has-text("contacts")');
    await page.fill('#segment-name', 'Échéance de juin');
    await page.click('button:text("Ajouter une condition")');
    await page.selectOption('[aria-label="Condition 1 : information"]', 'fields.echeance');
    await page.selectOption('[aria-label="Condition 1 : opération"]', 'before');
    await page.fill('[aria-label="Condition 1 : date"]', '2026-07-01');
    // Counted as the conditions change: Awa's invoice is due in June, Yao's in July.
    await page.waitForSelector('[data-testid=segment-count]:has-text("1 contact aujourd")');
    expect(plain(await page.textContent('[data-testid=segment-sample] tbody'))).toContain('2250700070001');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'console-segment-builder');
    await page.click('button:text("Enregistrer le segment")');
    await page.waitForSelector('td:text("Échéance de juin")');
    const [segment] = (await stack.call('/v1/segment/list')).body.data;
    expect(segment).toMatchObject({
      name: 'Échéance de juin',
      conditions: [{ field: 'fields.echeance', op: 'before', value: '2026-07-01' }],
    });

    await page.click('nav >> text=Campagnes');
    await page.click('text=Nouvelle campagne');
    await page.check('label:has-text("Échéance de juin") input');
    await page.fill('#campaign-text', 'Rappel : votre facture de @montant FCFA arrive à échéance.');
    await page.waitForSelector('button[type=submit]:text("Envoyer à 1 destinataires")');
    await page.click('button[type=submit]');
    await page.waitForSelector('h1:not(:text("Nouvelle campagne"))');
    const outbox = (await (await fetch(`${stack.url}/_local/outbox`)).json()) as {
      data: { to: string; text: string }[];
    };
    expect(outbox.data.filter((message) => message.text.startsWith('Rappel'))).toEqual([
      expect.objectContaining({
        to: '2250700070001',
        text: 'Rappel : votre facture de 12 500 FCFA arrive à échéance.',
      }),
    ]);
    expect(watched.problems).toEqual([]);
  }, 120_000);

  it('shows the saving of short links in the editor, and the click-through rate and clicks over time on the campaign page', async () => {
    await page.click('nav >> text=Campagnes');
    await page.click('text=Nouvelle campagne');
    await page.fill('#pasted-phones', '+225 07 00 07 20 01');
    await page.fill(
      '#campaign-text',
      "Offre valable jusqu'à dimanche, profitez-en vite avant la fin du stock : https://boutique.exemple.ci/promotions/decembre/offre-speciale?utm_source=sms&utm_campaign=noel",
    );
    await page.check('[data-testid=track-links]');
    await page.waitForSelector('[data-testid=short-link-saving]');
    expect(plain(await page.textContent('[data-testid=short-link-saving]'))).toBe(
      '2 SMS → 1 SMS avec le lien court.',
    );
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-stat=click-rate]');
    await stack.queues.drain();
    const outbox = (await (await fetch(`${stack.url}/_local/outbox`)).json()) as {
      data: { to: string; text: string }[];
    };
    const [sms] = outbox.data.filter((message) => message.to === '2250700072001');
    const link = /http\S+\/l\/[0-9A-Za-z]{8}/.exec(sms?.text ?? '')?.[0] as string;
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
    await stack.later(6);
    await page.reload();
    await page.waitForSelector('[data-stat=click-rate]:has-text("100 %")');
    expect(plain(await page.textContent('[data-stat=click-rate]'))).toBe('100 % · 1 message cliqué · 1 clic');
    // The clicks over time: one hour with its click, by hour and by day.
    await page.waitForSelector('[data-testid=clicks-chart] rect[data-clicks="1"]');
    expect(await page.locator('[data-testid=clicks-chart] rect').count()).toBe(1);
    await page.check('input[name=clicks-interval][value=day]');
    await page.waitForSelector('summary:text("Le détail jour par jour")');
    expect(plain(await page.textContent('[data-testid=clicks-chart] figcaption'))).toMatch(/: 1 clic$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  }, 120_000);
});
