/**
 * Finding the links of a text (CONTRACT.md, Tracked short links): what `trackLinks` replaces. A link is
 * `http://` or `https://` and what follows up to a space, as people write them in French texts: the
 * punctuation that ends a sentence after it is not part of it (« Voir https://ex.ci/promo. »), nor a
 * closing parenthesis it does not open itself (« (https://ex.ci) »). Without a scheme it is no link:
 * `ex.ci/promo` stays as written.
 */

export interface FoundUrl {
  start: number;
  end: number;
  url: string;
}

// A scheme not glued to a word before it (`xhttps://` is no link).
const SCHEME = /(?<![\p{L}\p{N}])https?:\/\//giu;
// What ends a link however it is written: a space, quotes and angle brackets around it.
const STOPS = /[\s<>"«»“”‘`{}|\\^]/u;
// Punctuation that ends the sentence, not the link, when it comes last.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '’', '…']);
const CLOSING: Record<string, string> = { ')': '(', ']': '[' };

/** Every link of `text`, in order. */
export function findUrls(text: string): FoundUrl[] {
  if (!text.includes('://')) return [];
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(SCHEME)) {
    const start = match.index;
    if (found.length > 0 && start < (found.at(-1) as FoundUrl).end) continue;
    let end = start + match[0].length;
    while (end < text.length && !STOPS.test(text[end] as string)) end++;
    end = withoutTrailing(text, start + match[0].length, end);
    const url = text.slice(start, end);
    if (isWebAddress(url)) found.push({ start, end, url });
  }
  return found;
}

/** Drops what ends the sentence from the end of a link, and closing brackets the link does not open. */
function withoutTrailing(text: string, afterScheme: number, end: number): number {
  let last = end;
  for (;;) {
    const character = text[last - 1] as string;
    if (last <= afterScheme) return last;
    if (TRAILING.has(character)) {
      last--;
      continue;
    }
    const opening = CLOSING[character];
    if (opening) {
      const inside = text.slice(afterScheme, last - 1);
      if (count(inside, opening) <= count(inside, character)) {
        last--;
        continue;
      }
    }
    return last;
  }
}

const count = (text: string, character: string) => text.split(character).length - 1;

/** Whether a found link is a web address a browser can open: http or https, with a host. */
export function isWebAddress(candidate: string): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}
