/**
 * Short links (CONTRACT.md, Tracked short links): each message of a campaign with `trackLinks` gets one
 * random code, its first link `<base>/<code>` and its next ones the same code and their rank
 * (`<base>/<code>1` …), so a message's links are one item, read once by the redirect.
 */
import { findUrls } from './urls';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 62⁸ ≈ 2.2 × 10¹⁴ codes (47.6 bits): not guessable, and not enumerable at any rate the API allows. */
export const CODE_LENGTH = 8;
/** How long a short link leads to its page unless the campaign says otherwise; then it answers 410. */
export const DEFAULT_LINK_EXPIRY_DAYS = 90;
export const MAX_LINK_EXPIRY_DAYS = 365;
// The largest byte value that keeps the draw uniform: 62 × 4 = 248.
const UNBIASED_BELOW = 248;

/** A new random code: `CODE_LENGTH` base62 characters, each drawn uniformly. */
export function newLinkCode(): string {
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(CODE_LENGTH * 2))) {
      if (byte < UNBIASED_BELOW && code.length < CODE_LENGTH) code += ALPHABET[byte % 62];
    }
  }
  return code;
}

/** The code of a message's link of rank `rank`: the message's code, then the rank in base62 (none for the first). */
export function linkCodeOf(messageCode: string, rank: number): string {
  if (rank === 0) return messageCode;
  let suffix = '';
  for (let left = rank; left > 0; left = Math.floor(left / 62)) suffix = ALPHABET[left % 62] + suffix;
  return messageCode + suffix;
}

const CODE_PATTERN = new RegExp(`^[0-9A-Za-z]{${CODE_LENGTH},${CODE_LENGTH + 2}}$`);

/** Which message code and rank a short link's code names; undefined when it cannot be one. */
export function parseLinkCode(code: string): { messageCode: string; rank: number } | undefined {
  if (!CODE_PATTERN.test(code)) return undefined;
  let rank = 0;
  for (const character of code.slice(CODE_LENGTH)) rank = rank * 62 + ALPHABET.indexOf(character);
  // A rank is written without leading zeros: `…0` would be a second name for the first link.
  if (code.length > CODE_LENGTH && code[CODE_LENGTH] === '0') return undefined;
  return { messageCode: code.slice(0, CODE_LENGTH), rank };
}

export interface ShortenedText {
  text: string;
  /** The links replaced, by rank: each distinct link once, in the order of its first appearance. */
  urls: string[];
}

/**
 * `text` with each of its links replaced by its short form under `base` (`https://go.ex.ci`,
 * `http://127.0.0.1:3000/l`); the same link twice gets the same short form.
 */
export function shortenLinks(text: string, base: string, messageCode: string): ShortenedText {
  const found = findUrls(text);
  if (found.length === 0) return { text, urls: [] };
  const urls: string[] = [];
  let out = '';
  let last = 0;
  for (const { start, end, url } of found) {
    let rank = urls.indexOf(url);
    if (rank === -1) rank = urls.push(url) - 1;
    out += `${text.slice(last, start)}${base}/${linkCodeOf(messageCode, rank)}`;
    last = end;
  }
  return { text: out + text.slice(last), urls };
}

// Any code of the right length measures the same: segments count characters, and codes are ASCII.
const MEASURING_CODE = 'x'.repeat(CODE_LENGTH);

/** The text as its recipients get it when its links are tracked, with a stand-in code: what to measure. */
export const withShortLinks = (text: string, base: string): string =>
  shortenLinks(text, base, MEASURING_CODE).text;

/** What to measure of a rendered text: itself, or its short form when its links are tracked under `base`. */
export const measuredForm = (text: string, linkBase: string | undefined): string =>
  linkBase === undefined ? text : withShortLinks(text, linkBase);

/** A campaign's (or a test's) short links: under which address, and for how many days they lead on. */
export interface LinkTracking {
  base: string;
  expiryDays: number;
}
