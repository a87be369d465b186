/** The console's own logic, without a browser: spreadsheets, dates, and the French it shows for the API's words. */
import { describe, expect, it } from 'vitest';
import {
  asContactInput,
  contactsOf,
  guessMapping,
  pastedContacts,
  problemsCsv,
  readSheet,
} from '../../console/app/csv';
import { detailMessage, errorMessage, PHONE_PROBLEMS } from '../../console/app/french';
import { instantOf, nextQuarterHour, QUARTER_HOURS, weeklySlot } from '../../console/app/schedule';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { errorStatus } from '../../shared/errors';
import { addToGroupInput, createGroupInput } from '../../shared/groups/group';
import { fieldIssues, unwritableStrings } from '../../shared/http/validation';
import { createSenderInput } from '../../shared/senders/sender';
import { normalisePhone } from '../../shared/text/phone';
import { zonedParts } from '../../shared/time-zones';
import { createWebhookInput } from '../../shared/webhooks/webhook';

describe('spreadsheets into contacts', () => {
  it("reads Excel's export (BOM, semicolons, quotes, CRLF) and guesses the columns from French headers", () => {
    const sheet = readSheet(
      '\uFEFFPrénom;Nom de famille;"Numéro de téléphone";Sexe\r\nAwa;Koné;+225 07 01 02 03 04;F\r\n"Jean; dit Jo";Diallo;00221 77 000 00 01;Homme\r\n',
    );
    expect(sheet.header).toEqual(['Prénom', 'Nom de famille', 'Numéro de téléphone', 'Sexe']);
    const mapping = guessMapping(sheet);
    expect(mapping).toEqual({ firstName: 0, lastName: 1, phone: 2, sex: 3 });
    expect(contactsOf(sheet, mapping).contacts).toEqual([
      { line: 2, phone: '2250701020304', firstName: 'Awa', lastName: 'Koné', sex: 'F' },
      { line: 3, phone: '221770000001', firstName: 'Jean; dit Jo', lastName: 'Diallo', sex: 'M' },
    ]);
  });

  it('takes a file without a header row when its first row already holds a phone', () => {
    const sheet = readSheet('Awa Koné,2250701020304\nMoussa Diallo,2250701020305\n');
    expect(sheet.headerless).toBe(true);
    const mapping = guessMapping(sheet);
    expect(mapping.phone).toBe(1);
    const { contacts } = contactsOf(sheet, { ...mapping, name: 0 });
    expect(contacts.map((contact) => [contact.line, contact.phone, contact.name])).toEqual([
      [1, '2250701020304', 'Awa Koné'],
      [2, '2250701020305', 'Moussa Diallo'],
    ]);
  });

  it('reports each row it cannot import by its line, with the phone rule of the API, and skips repeats', () => {
    const sheet = readSheet(
      'nom,telephone\nA,2250701020304\nB,\nC,abc\nD,12345\nE,9990000000\nF,+225 07 01 02 03 04\n',
    );
    const { contacts, problems, duplicates } = contactsOf(sheet, guessMapping(sheet));
    expect(contacts.map((contact) => contact.line)).toEqual([2]);
    expect(duplicates).toBe(1);
    expect(problems).toEqual([
      { line: 3, value: '', problem: 'no-phone', message: 'pas de numéro' },
      { line: 4, value: 'abc', problem: 'not-digits', message: PHONE_PROBLEMS['not-digits'] },
      { line: 5, value: '12345', problem: 'length', message: PHONE_PROBLEMS.length },
      { line: 6, value: '9990000000', problem: 'calling-code', message: PHONE_PROBLEMS['calling-code'] },
    ]);
    // The same rule as the API's: what the console accepts, the API accepts.
    for (const problem of problems.slice(1)) expect(normalisePhone(problem.value).ok).toBe(false);
    expect(problemsCsv(problems).split('\r\n')[0]).toBe('ligne,valeur,erreur');
  });

  it('reads pasted phones one per line or separated by commas, and sends the API only its fields', () => {
    const { contacts, problems } = pastedContacts('+225 07 01 02 03 04\n221770000001, 0022507010203\nnope');
    expect(contacts.map(asContactInput)).toEqual([
      { phone: '2250701020304' },
      { phone: '221770000001' },
      { phone: '22507010203' },
    ]);
    expect(problems).toEqual([
      { line: 4, value: 'nope', problem: 'not-digits', message: PHONE_PROBLEMS['not-digits'] },
    ]);
  });
});

describe('dates as customers pick them', () => {
  it('offers every quarter hour of a day', () => {
    expect(QUARTER_HOURS).toHaveLength(96);
    expect(QUARTER_HOURS.slice(0, 5)).toEqual(['00:00', '00:15', '00:30', '00:45', '01:00']);
    expect(QUARTER_HOURS.at(-1)).toBe('23:45');
  });

  it("turns a day, a time and a zone into the instant, across a zone's summer time", () => {
    expect(instantOf('2026-06-02', '10:15', 'Africa/Abidjan')).toBe('2026-06-02T10:15:00.000Z');
    expect(instantOf('2026-06-02', '10:15', 'Europe/Paris')).toBe('2026-06-02T08:15:00.000Z');
    expect(instantOf('2026-12-02', '10:15', 'Europe/Paris')).toBe('2026-12-02T09:15:00.000Z');
    expect(instantOf('2026-06-02', '10:15', 'Africa/Lagos')).toBe('2026-06-02T09:15:00.000Z');
  });

  it("writes a weekly slot as the next such weekday, which the API reads in the campaign's zone", () => {
    // Wednesday 23:30 in UTC is already Thursday 00:30 in Lagos.
    const now = new Date('2026-06-03T23:30:00Z');
    const slot = weeklySlot('thursday', '07:45', 'Africa/Lagos', now);
    expect(slot).toBe('2026-06-04T06:45:00.000Z');
    const parts = zonedParts(new Date(slot), 'Africa/Lagos');
    expect([parts.weekday, parts.hour, parts.minute]).toEqual(['thursday', 7, 45]);
    expect(weeklySlot('wednesday', '09:00', 'UTC', now)).toBe('2026-06-03T09:00:00.000Z');
  });

  it('proposes the next quarter hour at least ten minutes away', () => {
    expect(nextQuarterHour('Africa/Abidjan', new Date('2026-06-01T09:04:00Z'))).toEqual({
      date: '2026-06-01',
      time: '09:15',
    });
    expect(nextQuarterHour('Africa/Abidjan', new Date('2026-06-01T23:52:00Z'))).toEqual({
      date: '2026-06-02',
      time: '00:15',
    });
  });
});

describe('the French the console shows for what the API says', () => {
  it('has a sentence for every error code of the contract', () => {
    const fallback = errorMessage({ code: 'internal-error' });
    for (const code of Object.keys(errorStatus)) {
      const sentence = errorMessage({ code });
      if (code !== 'internal-error') expect(sentence, code).not.toBe(fallback);
    }
    expect(errorMessage({ code: 'internal-error', requestId: 'req-1' })).toContain('(référence req-1)');
    expect(errorMessage(new TypeError('x'))).toBe(fallback);
  });

  it("words in French every validation message the API's schemas give for the console's forms", () => {
    const bad: [{ safeParse: (value: unknown) => { success: boolean; error?: unknown } }, unknown][] = [
      [
        createCampaignInput,
        {
          contacts: [{ phone: 'abc' }, { phone: '123' }, { phone: '9990000000' }, {}],
          text: '',
          type: 'SCHEDULED',
          timezone: 'Mars/Olympus',
        },
      ],
      [
        createCampaignInput,
        {
          contacts: [{ phone: '2250700000000', name: 'x'.repeat(101) }],
          text: '€'.repeat(800),
          type: 'SCHEDULED',
          scheduledDate: '2026-06-02T10:07:00Z',
          groupsIds: Array.from({ length: 101 }, () => '0123456789abcdef01234567'),
        },
      ],
      [createCampaignInput, { text: 'a', type: 'RECURRING', timezone: 'Africa/Abidjan' }],
      [
        createCampaignInput,
        {
          text: 'a',
          type: 'RECURRING',
          recurring: { monday: '2026-06-02T10:00:00Z' },
          timezone: 'Africa/Abidjan',
        },
      ],
      [createCampaignInput, { text: 'a', groupIds: [], scheduledDate: 'demain' }],
      [createCampaignInput, { text: 'a', scheduledDate: '2026-06-02T10:00:00Z' }],
      [createSenderInput, { name: 'ab', description: '' }],
      [createSenderInput, { name: 'Boutique Ivoire', description: 'x' }],
      [createSenderInput, { name: 'Bé1', description: 'x'.repeat(501) }],
      [createWebhookInput, { url: '', events: [] }],
      [createWebhookInput, { url: 'https://x', events: ['nope'] }],
      [createGroupInput, { name: ' ' }],
      [addToGroupInput, {}],
    ];
    const messages = new Set<string>();
    for (const [schema, body] of bad) {
      const result = schema.safeParse(body);
      expect(result.success, JSON.stringify(body)).toBe(false);
      for (const issue of fieldIssues(result.error as never)) messages.add(issue.message);
    }
    // The refusals every body may meet before its schema: characters that cannot be stored.
    for (const issue of unwritableStrings({ name: 'Awa \ud800', text: 'a\u0000b' }))
      messages.add(issue.message);
    expect(messages.size).toBeGreaterThan(20);
    const untranslated = [...messages].filter((message) =>
      detailMessage(message).startsWith('valeur refusée'),
    );
    expect(untranslated).toEqual([]);
    // And the phone rule's three refusals, as the API words them, read as the console's own.
    for (const input of ['abc', '123', '9990000000']) {
      const result = normalisePhone(input);
      if (result.ok) throw new Error(`${input} should be refused`);
      expect(detailMessage(result.message)).toBe(PHONE_PROBLEMS[result.problem]);
    }
  });

  it('keeps a message it does not know, rather than hiding it', () => {
    expect(detailMessage('something new')).toBe('valeur refusée (something new)');
  });
});
