import { GSM_SEPTETS } from './gsm';

/**
 * Typographic look-alikes that force UCS-2 (word processors and phones put them in) and the GSM-7
 * characters that read the same. Letters are never changed: `ê` or `ç` stay what the customer wrote.
 */
export const GSM_LOOKALIKES: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2010': '-', // ‐
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // ‒
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2015': '-', // ―
  '\u2212': '-', // minus sign
  '\u2026': '...', // …
  '\u00A0': ' ', // non-breaking space
  '\u202F': ' ', // narrow non-breaking space (French punctuation)
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u200A': ' ', // hair space
  '\t': ' ',
};

/** The text with every look-alike replaced, and which characters were replaced. */
export function toGsmLookalikes(text: string): { text: string; replaced: string[] } {
  let out = '';
  let last = 0;
  const replaced = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (GSM_SEPTETS[unit]) continue;
    const char = text[i] as string;
    const replacement = GSM_LOOKALIKES[char];
    if (replacement === undefined) continue;
    out += text.slice(last, i) + replacement;
    last = i + 1;
    replaced.add(char);
  }
  return { text: replaced.size ? out + text.slice(last) : text, replaced: [...replaced] };
}
