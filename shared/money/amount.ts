/**
 * Money, exactly (CONTRACT.md, Money): an amount is a whole number of ten-thousandths of the currency's
 * unit, so sums never drift. Customers and operators write and read the unit with at most 4 decimals
 * (`25`, `0.0450`); nothing is ever added in floating point.
 */
import * as z from 'zod';

/** Ten-thousandths of the currency's unit in one unit. */
export const UNITS_PER_CURRENCY_UNIT = 10_000;
const DECIMAL = /^(-)?(\d{1,12})(?:\.(\d{1,4}))?$/;

/** An amount in ten-thousandths: an integer, safe to add. */
export type Units = number;

/** `"25"`, `"0.045"`, `25.5` → units; undefined for anything with more than 4 decimals, or not a number. */
export function unitsOf(amount: string | number): Units | undefined {
  const text = typeof amount === 'number' ? numberText(amount) : amount.trim();
  const match = text === undefined ? null : DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole = '0', fraction = ''] = match;
  const units = Number(whole) * UNITS_PER_CURRENCY_UNIT + Number(fraction.padEnd(4, '0'));
  return sign ? -units : units;
}

/** A number as it was written (`0.045`, not `4.5e-2`), or undefined when it cannot be one of ours. */
function numberText(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  return /e/i.test(text) ? undefined : text;
}

/** Units → the currency's unit, for answers (a decimal of at most 4 places, exact in a double). */
export const amountOf = (units: Units): number => units / UNITS_PER_CURRENCY_UNIT;

/** How an amount is answered: `{ amount, currency }`. */
export const money = (units: Units, currency: string) => ({ amount: amountOf(units), currency });

/** A price or a top-up as given: at least 0, at most 4 decimals. */
export const amountSchema = z.union([z.number(), z.string()]).transform((value, context) => {
  const units = unitsOf(value);
  if (units === undefined || units < 0) {
    context.addIssue({ code: 'custom', message: 'must be an amount of at least 0 with at most 4 decimals' });
    return z.NEVER;
  }
  return units;
});
