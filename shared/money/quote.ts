/**
 * What an occurrence costs (CONTRACT.md, Money): each recipient's own rendered text, segmented, times
 * the price to their country. Recipients on the opt-out list, in a country with no price, or whose
 * text is too long to send are counted apart and cost nothing. The estimate, the check of an
 * immediate create and the dispatch's hold all read it here, so they agree to the unit.
 */
import type { Db } from '../db/client';
import { measuredForm } from '../links/short-links';
import { optedOutAmong } from '../opt-outs/repository';
import type { SendRecipient } from '../ports';
import { countryOfPhone } from '../text/phone';
import { renderText, variablesIn } from '../text/render';
import { MAX_SEGMENTS, measureText } from '../text/segments';
import type { Units } from './amount';
import { listPrices } from './repository';

/** Units per segment by country, as an occurrence holds them (its send tasks charge at these). */
export type PriceTable = Record<string, Units>;

export interface CountryCost {
  country: string;
  recipients: number;
  segments: number;
  price: Units;
  units: Units;
}

export interface Quote {
  /** Recipients that will be charged for (priced, not opted out, not too long). */
  recipients: number;
  segments: number;
  units: Units;
  byCountry: CountryCost[];
  unpriced: { phone: string; country: string | null }[];
  optedOut: number;
  tooLong: number;
  prices: PriceTable;
}

export async function pricesOf(db: Db, accountId: string): Promise<PriceTable> {
  return Object.fromEntries((await listPrices(db, accountId)).map((price) => [price.country, price.units]));
}

/** What sending `text` to `recipients` costs the account now. */
export async function quoteFor(
  db: Db,
  accountId: string,
  text: string,
  recipients: readonly SendRecipient[],
  /** Where the text's links are shortened, when they are tracked: their short form is what is measured. */
  linkBase?: string,
): Promise<Quote> {
  const [prices, optedOut] = await Promise.all([
    pricesOf(db, accountId),
    optedOutAmong(
      db,
      accountId,
      recipients.map((recipient) => recipient.phone),
    ),
  ]);
  return quote(text, recipients, prices, optedOut, linkBase);
}

/** The pure part: the same sums for a given price table and opt-out list. */
export function quote(
  text: string,
  recipients: readonly SendRecipient[],
  prices: PriceTable,
  optedOut: ReadonlySet<string>,
  linkBase?: string,
): Quote {
  const result: Quote = {
    recipients: 0,
    segments: 0,
    units: 0,
    byCountry: [],
    unpriced: [],
    optedOut: 0,
    tooLong: 0,
    prices,
  };
  const byCountry = new Map<string, CountryCost>();
  // A text without variables is the same for everyone: measured once.
  const same =
    variablesIn(text).length === 0 ? measureText(measuredForm(text, linkBase)).segments : undefined;
  for (const recipient of recipients) {
    if (optedOut.has(recipient.phone)) {
      result.optedOut++;
      continue;
    }
    const country = countryOfPhone(recipient.phone);
    const price = country === undefined ? undefined : prices[country];
    if (country === undefined || price === undefined) {
      result.unpriced.push({ phone: recipient.phone, country: country ?? null });
      continue;
    }
    const segments = same ?? measureText(measuredForm(renderText(text, recipient), linkBase)).segments;
    if (segments > MAX_SEGMENTS) {
      result.tooLong++;
      continue;
    }
    const line = byCountry.get(country) ?? { country, recipients: 0, segments: 0, price, units: 0 };
    line.recipients++;
    line.segments += segments;
    line.units += segments * price;
    byCountry.set(country, line);
    result.recipients++;
    result.segments += segments;
    result.units += segments * price;
  }
  result.byCountry = [...byCountry.values()].sort(byCost);
  return result;
}

/** The costliest country first; at equal cost, by country code. */
const byCost = (a: CountryCost, b: CountryCost) => b.units - a.units || (a.country < b.country ? -1 : 1);

/** What one message costs at the prices held: undefined when its country has none. */
export function messageCost(phone: string, segments: number, prices: PriceTable): Units | undefined {
  const country = countryOfPhone(phone);
  const price = country === undefined ? undefined : prices[country];
  return price === undefined ? undefined : segments * price;
}

/**
 * What a sample's quote says of the whole it was drawn from: every count times `factor` (the whole's size
 * over the sample's), rounded, and each country's cost its rounded segments at its price. The phones with
 * no price stay those of the sample.
 */
export function scaledQuote(sample: Quote, factor: number): Quote {
  const byCountry = sample.byCountry.map((line) => {
    const segments = Math.round(line.segments * factor);
    return {
      ...line,
      recipients: Math.round(line.recipients * factor),
      segments,
      units: segments * line.price,
    };
  });
  return {
    ...totalsOf(byCountry),
    byCountry,
    unpriced: sample.unpriced,
    optedOut: Math.round(sample.optedOut * factor),
    tooLong: Math.round(sample.tooLong * factor),
    prices: sample.prices,
  };
}

/** Quotes of parts of one audience added up, country by country. */
export function sumOfQuotes(parts: readonly Quote[], prices: PriceTable): Quote {
  const byCountry = new Map<string, CountryCost>();
  for (const line of parts.flatMap((part) => part.byCountry)) {
    const sum = byCountry.get(line.country) ?? { ...line, recipients: 0, segments: 0, units: 0 };
    sum.recipients += line.recipients;
    sum.segments += line.segments;
    sum.units += line.units;
    byCountry.set(line.country, sum);
  }
  const lines = [...byCountry.values()].sort(byCost);
  return {
    ...totalsOf(lines),
    byCountry: lines,
    unpriced: parts.flatMap((part) => part.unpriced),
    optedOut: parts.reduce((sum, part) => sum + part.optedOut, 0),
    tooLong: parts.reduce((sum, part) => sum + part.tooLong, 0),
    prices,
  };
}

const totalsOf = (lines: readonly CountryCost[]) => ({
  recipients: lines.reduce((sum, line) => sum + line.recipients, 0),
  segments: lines.reduce((sum, line) => sum + line.segments, 0),
  units: lines.reduce((sum, line) => sum + line.units, 0),
});
