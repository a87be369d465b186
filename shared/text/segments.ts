import { GSM_SEPTETS } from './gsm';

/**
 * How a text travels as SMS: its encoding, its size in units, and the parts it is cut into.
 * GSM-7: 160 septets in one message, 153 per part once split; an extension character (two septets)
 * is never cut. UCS-2: 70 UTF-16 units in one message, 67 per part; a surrogate pair is never cut,
 * nor a grapheme (flag, joined emoji, accented letter) that fits in a part. Carriers bill per part.
 */
export type Encoding = 'GSM-7' | 'UCS-2';

/** The longest message the platform sends: 10 parts (1,530 GSM-7 septets or 670 UCS-2 units). */
export const MAX_SEGMENTS = 10;
export const MAX_TEXT_CHARACTERS = 1600;

export const LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

export interface TextMeasure {
  encoding: Encoding;
  /** Characters, counted as Unicode code points. */
  length: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Units one segment holds: 160/70 for a single message, 153/67 once split. */
  perSegment: number;
  /** Units still free in the last segment. */
  remaining: number;
}

export interface TextAnalysis extends TextMeasure {
  /** The text cut as it will be sent; joined, they give back the text. */
  parts: string[];
  /** Each character that forces UCS-2, once, in order of appearance. */
  nonGsmCharacters: string[];
}

/** Where each part after the first starts (string indices), filled by the walkers below. */
type Cuts = number[];

/** GSM-7 septets of the text, or -1 as soon as a character is not GSM-7. Records 153-septet cuts. */
function walkGsm(text: string, cuts: Cuts): { septets: number; lastPart: number } | undefined {
  let septets = 0;
  let partUnits = 0;
  const size = LIMITS['GSM-7'].part;
  for (let i = 0; i < text.length; i++) {
    const units = GSM_SEPTETS[text.charCodeAt(i)] as number;
    if (units === 0) return undefined;
    septets += units;
    if (partUnits + units > size) {
      cuts.push(i);
      partUnits = units;
    } else {
      partUnits += units;
    }
  }
  return { septets, lastPart: partUnits };
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Whether every code point of the text is a grapheme of its own, so parts can be cut anywhere
 * between code points. Conservative: anything that might combine sends the text to the slow path.
 */
function hasOnlySimpleCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x0300) continue;
    if (unit >= 0x2000 && unit <= 0x206f && unit !== 0x200c && unit !== 0x200d) continue;
    if (unit >= 0x20a0 && unit <= 0x20bf) continue;
    return false;
  }
  return true;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** UCS-2 parts of 67 units, cut only between graphemes that fit a part, else between code points. */
function walkGraphemes(text: string, cuts: Cuts): number {
  const size = LIMITS['UCS-2'].part;
  let partUnits = 0;
  const place = (start: number, units: number) => {
    if (partUnits + units > size && partUnits > 0) {
      cuts.push(start);
      partUnits = units;
    } else {
      partUnits += units;
    }
  };
  graphemeSegmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  for (const { segment, index } of graphemeSegmenter.segment(text)) {
    // As carriers' tooling does, CR LF may be cut between its two characters.
    if (segment.length <= size && segment !== '\r\n') {
      place(index, segment.length);
      continue;
    }
    for (let offset = 0; offset < segment.length; ) {
      const units = isHighSurrogate(segment.charCodeAt(offset)) && offset + 1 < segment.length ? 2 : 1;
      place(index + offset, units);
      offset += units;
    }
  }
  return partUnits;
}

/** When every code unit is a grapheme of its own, parts are simply 67 units long. */
function cutEvenly(units: number, cuts: Cuts): number {
  const size = LIMITS['UCS-2'].part;
  for (let cut = size; cut < units; cut += size) cuts.push(cut);
  return units - (cuts.at(-1) ?? 0);
}

export function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A low surrogate after a high one completes a code point already counted.
    if (!(isLowSurrogate(unit) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

function measureWith(text: string, cuts: Cuts): TextMeasure {
  const gsm = walkGsm(text, cuts);
  // GSM-7 characters are all single UTF-16 units, so their count is the string's length.
  if (gsm) return summarise('GSM-7', text.length, gsm.septets, cuts, gsm.lastPart);
  cuts.length = 0;
  const units = text.length;
  const simple = hasOnlySimpleCharacters(text);
  const length = simple ? units : countCodePoints(text);
  if (units <= LIMITS['UCS-2'].single) return summarise('UCS-2', length, units, cuts, units);
  const lastPart = simple ? cutEvenly(units, cuts) : walkGraphemes(text, cuts);
  return summarise('UCS-2', length, units, cuts, lastPart);
}

function summarise(
  encoding: Encoding,
  length: number,
  units: number,
  cuts: Cuts,
  lastPart: number,
): TextMeasure {
  const limits = LIMITS[encoding];
  if (units <= limits.single) {
    cuts.length = 0;
    return {
      encoding,
      length,
      units,
      segments: 1,
      perSegment: limits.single,
      remaining: limits.single - units,
    };
  }
  const segments = cuts.length + 1;
  return { encoding, length, units, segments, perSegment: limits.part, remaining: limits.part - lastPart };
}

/** Encoding, size and segment count: what sending and billing need, without building the parts. */
export function measureText(text: string): TextMeasure {
  return measureWith(text, []);
}

export function nonGsmCharacters(text: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (GSM_SEPTETS[unit]) continue;
    const pair = isHighSurrogate(unit) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
    found.add(pair ? text.slice(i, i + 2) : (text[i] as string));
    if (pair) i++;
  }
  return [...found];
}

/** Everything the preview shows, the parts included. */
export function analyseText(text: string): TextAnalysis {
  const cuts: number[] = [];
  const { encoding, length, units, segments, perSegment, remaining } = measureWith(text, cuts);
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    parts.push(text.slice(start, cut));
    start = cut;
  }
  parts.push(start === 0 ? text : text.slice(start));
  const nonGsm = encoding === 'UCS-2' ? nonGsmCharacters(text) : [];
  return { encoding, length, units, segments, perSegment, remaining, parts, nonGsmCharacters: nonGsm };
}
