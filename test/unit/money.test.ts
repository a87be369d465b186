import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountOf, amountSchema, unitsOf } from '../../shared/money/amount';
import { countrySchema, type Price, pricesThatApply } from '../../shared/money/prices';
import { countryOfPhone } from '../../shared/text/phone';

describe('amounts', () => {
  it.each([
    ['25', 250_000],
    [25, 250_000],
    ['0.045', 450],
    [0.045, 450],
    ['0.0001', 1],
    ['1234.5', 12_345_000],
    [' 7 ', 70_000],
    ['-2.5', -25_000],
  ])('reads %j as %i ten-thousandths', (written, units) => {
    expect(unitsOf(written)).toBe(units);
  });

  it.each(['0.00001', 1e-5, '1e3', 'abc', '', '1,5', Number.NaN, Number.POSITIVE_INFINITY, '12.'])(
    'refuses %j (more than 4 decimals, or not a decimal)',
    (written) => {
      expect(unitsOf(written)).toBeUndefined();
    },
  );

  it('adds exactly where floating point drifts: ten thousand times 0.0001 is 1', () => {
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += unitsOf('0.0001') as number;
    expect(amountOf(sum)).toBe(1);
    expect(Array.from({ length: 10_000 }, () => 0.0001).reduce((a, b) => a + b, 0)).not.toBe(1);
  });

  it('gives back what was written, for any amount of at most 4 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (units) => {
        expect(unitsOf(String(amountOf(units)))).toBe(units);
      }),
    );
  });

  it('takes prices and top-ups of at least 0 only, naming the rule', () => {
    expect(amountSchema.parse('25')).toBe(250_000);
    const refused = amountSchema.safeParse('-1');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/at least 0 with at most 4 decimals/);
  });
});

describe('prices', () => {
  it('reads a country code in any case, and refuses what is not one', () => {
    expect(countrySchema.parse(' ci ')).toBe('CI');
    expect(countrySchema.safeParse('CIV').success).toBe(false);
  });

  it("applies an account's own price over the platform's, country by country", () => {
    const platform: Price[] = [
      { country: 'SN', units: 250_000, source: 'platform' },
      { country: 'CI', units: 250_000, source: 'platform' },
    ];
    const own: Price[] = [{ country: 'CI', units: 200_000, source: 'account' }];
    expect(pricesThatApply(platform, own)).toEqual([
      { country: 'CI', units: 200_000, source: 'account' },
      { country: 'SN', units: 250_000, source: 'platform' },
    ]);
  });

  it("finds a phone's country from the numbering plans, the old 8-digit Ivorian numbers included", () => {
    expect(countryOfPhone('2250701020304')).toBe('CI');
    expect(countryOfPhone('22507010203')).toBe('CI');
    expect(countryOfPhone('221770000001')).toBe('SN');
    expect(countryOfPhone('14155550123')).toBe('US');
    expect(countryOfPhone('33612345678')).toBe('FR');
  });
});
