import { SegmentedMessage } from 'sms-segments-calculator';
import split from 'split-sms';
import { describe, expect, it } from 'vitest';
import { analyseText, measureText } from '../../shared/text/segments';
import { FLAVOURS, generateText, seededRandom } from '../support/text-corpus';

const TEXTS_PER_FLAVOUR = 2000;
const splitSms = (text: string) => {
  const result = split.split(text);
  return {
    encoding: result.characterSet === 'GSM' ? 'GSM-7' : 'UCS-2',
    segments: result.parts.length,
    parts: result.parts.map((part) => part.content),
  };
};
const twilio = (text: string) => {
  const message = new SegmentedMessage(text);
  return { encoding: message.encodingName, segments: message.segmentsCount };
};

/** Whether one of the cuts between `parts` falls inside a grapheme of the text. */
function cutsAGrapheme(parts: string[]): boolean {
  const text = parts.join('');
  const boundaries = new Set<number>();
  for (const { index } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text))
    boundaries.add(index);
  let offset = 0;
  for (const part of parts.slice(0, -1)) {
    offset += part.length;
    if (!boundaries.has(offset)) return true;
  }
  return false;
}

describe.each(FLAVOURS)('parity with public calculators on %s texts', (flavour) => {
  const random = seededRandom(FLAVOURS.indexOf(flavour) + 2026);
  const texts = Array.from({ length: TEXTS_PER_FLAVOUR }, () => generateText(random, flavour));

  it(`agrees with Twilio's calculator on encoding and segments for ${TEXTS_PER_FLAVOUR} texts`, () => {
    const disagreements = texts.filter((text) => {
      const ours = measureText(text);
      const theirs = twilio(text);
      return ours.encoding !== theirs.encoding || ours.segments !== theirs.segments;
    });
    expect(disagreements).toEqual([]);
  });

  it('agrees with split-sms, except where split-sms cuts a grapheme in two', () => {
    let cut = 0;
    for (const text of texts) {
      const ours = measureText(text);
      const theirs = splitSms(text);
      expect(theirs.encoding).toBe(ours.encoding);
      if (theirs.segments !== ours.segments) {
        expect(cutsAGrapheme(theirs.parts), JSON.stringify(text)).toBe(true);
        cut++;
      }
    }
    if (flavour !== 'clusters') expect(cut).toBe(0);
  });
});

describe('where we part from the peers, on purpose', () => {
  it('keeps a flag whole where split-sms cuts it (and bills one segment less than the carrier would)', () => {
    const text = `${'x'.repeat(65)}🇨🇮${'y'.repeat(65)}`;
    expect(splitSms(text).segments).toBe(2);
    expect(cutsAGrapheme(splitSms(text).parts)).toBe(true);
    expect(twilio(text).segments).toBe(3);
    expect(measureText(text).segments).toBe(3);
  });

  it('is right where both are wrong: a grapheme longer than a part, after a flag', () => {
    // Twilio's calculator puts a 141-unit grapheme in one segment, larger than any SMS can be, and
    // counts 4; split-sms counts 5 but cuts the flag between its two regional indicators. A part holds
    // at most 67 UTF-16 units, so the grapheme must be cut (between code points), and the flag need not be.
    const text = `${'x'.repeat(65)}🇨🇮${'y'.repeat(65)}e${'\u0301'.repeat(140)}`;
    expect(twilio(text).segments).toBe(4);
    expect(cutsAGrapheme(splitSms(text).parts.slice(0, 2))).toBe(true);
    const ours = analyseText(text);
    expect(ours.segments).toBe(5);
    expect(ours.parts[1]?.startsWith('🇨🇮')).toBe(true);
    for (const part of ours.parts) expect(part.length).toBeLessThanOrEqual(67);
  });
});
