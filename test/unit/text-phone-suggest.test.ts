import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../shared/text/phone';
import { phoneSchema } from '../../shared/text/schema';
import { toGsmLookalikes } from '../../shared/text/suggest';

describe('phone numbers', () => {
  it.each([
    ['22500000000', '22500000000'],
    ['2250101010101', '2250101010101'],
    ['+225 01 01 01 01 01', '2250101010101'],
    ['00225 01 01 01 01 01', '2250101010101'],
    ['+225-01.01.01.01.01', '2250101010101'],
    ['(+221) 77 123 45 67', '221771234567'],
    ['+33 6 12 34 56 78', '33612345678'],
    ['+1 (415) 555-0100', '14155550100'],
    ['\u00a0+225\u00a007 07 07 07 07', '2250707070707'],
  ])('normalises %j to %s', (input, phone) => {
    expect(normalisePhone(input)).toEqual({ ok: true, phone });
  });

  it.each([
    ['0707070707', 'country calling code'],
    ['999123456789', 'country calling code'],
    ['2251234', '8 to 15 digits'],
    ['2250101010101010', '8 to 15 digits'],
    ['+225 01 AB 01', 'only digits'],
    ['', 'only digits'],
    ['++2250101010101', 'only digits'],
  ])('refuses %j', (input, message) => {
    const result = normalisePhone(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it('accepts a number given as a JSON number and explains what is wrong otherwise', () => {
    expect(phoneSchema.parse(22500000000)).toBe('22500000000');
    const failed = phoneSchema.safeParse('0707070707');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toContain('country calling code');
  });
});

describe('GSM look-alikes', () => {
  it('replaces typographic punctuation and spaces, never letters', () => {
    expect(toGsmLookalikes('L’offre « spéciale » – jusqu’à 50\u202f%… Prêt ?')).toEqual({
      text: 'L\'offre " spéciale " - jusqu\'à 50 %... Prêt ?',
      replaced: ['’', '«', '»', '–', '\u202f', '…'],
    });
    expect(toGsmLookalikes('“Merci” —\u00a0Awa').text).toBe('"Merci" - Awa');
  });

  it('returns the very text when there is nothing to replace', () => {
    const text = 'Déjà prêt, ç’est œuvre';
    expect(toGsmLookalikes('Déjà prêt')).toEqual({ text: 'Déjà prêt', replaced: [] });
    expect(toGsmLookalikes(text).text).toBe("Déjà prêt, ç'est œuvre");
  });
});
