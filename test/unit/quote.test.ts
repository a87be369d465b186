import { describe, expect, it } from 'vitest';
import { type PriceTable, quote, scaledQuote, sumOfQuotes } from '../../shared/money/quote';

// Units per segment: 25 F CFA to Côte d'Ivoire and Senegal, 30 to Mali (10,000 units a franc).
const prices: PriceTable = { CI: 250_000, SN: 250_000, ML: 300_000 };
const none = new Set<string>();
const recipient = (phone: string, name?: string) => ({ id: phone, phone, ...(name ? { name } : {}) });

describe('a quote scaled from a sample', () => {
  const sample = quote(
    'Bonjour @nom_complet',
    [
      recipient('2250700000001'),
      recipient('2250700000002'),
      recipient('221770000003', 'A'.repeat(160)),
      recipient('2348031234567'),
    ],
    prices,
    new Set(['2250700000002']),
  );

  it('multiplies each count, rounds it, and prices each country on its rounded segments', () => {
    const whole = scaledQuote(sample, 2.5);

    expect(whole.byCountry).toEqual([
      // 1 recipient of 2 segments: 2.5 recipients → 3 (rounded half up), 5 segments.
      { country: 'SN', recipients: 3, segments: 5, price: 250_000, units: 1_250_000 },
      { country: 'CI', recipients: 3, segments: 3, price: 250_000, units: 750_000 },
    ]);
    expect([whole.recipients, whole.segments, whole.units]).toEqual([6, 8, 2_000_000]);
    expect([whole.optedOut, whole.tooLong]).toEqual([3, 0]);
    // The phones with no price are those read: the sample cannot name the others.
    expect(whole.unpriced).toEqual([{ phone: '2348031234567', country: 'NG' }]);
  });

  it('is the sample itself at a factor of one', () => {
    const same = scaledQuote(sample, 1);
    expect(same).toEqual(sample);
  });

  it('adds parts country by country, the costliest first, totals equal to the sum of the lines', () => {
    const mali = quote('Promo', [recipient('22370000001'), recipient('22370000002')], prices, none);
    const sum = sumOfQuotes([scaledQuote(sample, 10), mali, sample], prices);

    expect(sum.byCountry.map((line) => [line.country, line.recipients, line.segments])).toEqual([
      ['SN', 11, 22],
      ['CI', 11, 11],
      ['ML', 2, 2],
    ]);
    expect(sum.units).toBe(sum.byCountry.reduce((total, line) => total + line.units, 0));
    expect(sum.units).toBe(22 * 250_000 + 11 * 250_000 + 2 * 300_000);
    expect([sum.optedOut, sum.unpriced.length]).toEqual([11, 2]);
  });
});
