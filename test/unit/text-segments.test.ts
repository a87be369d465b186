import { describe, expect, it } from 'vitest';
import { GSM_BASIC, GSM_EXTENSION, GSM_SEPTETS } from '../../shared/text/gsm';
import { analyseText, type Encoding, measureText } from '../../shared/text/segments';

const unitsOf = (part: string, encoding: Encoding) =>
  encoding === 'UCS-2'
    ? part.length
    : [...part].reduce((sum, char) => sum + (GSM_EXTENSION.includes(char) ? 2 : 1), 0);

/** What every analysis must satisfy, whatever the text. */
function expectConsistent(text: string) {
  const analysis = analyseText(text);
  expect(analysis.parts.join('')).toBe(text);
  expect(analysis.parts).toHaveLength(analysis.segments);
  for (const part of analysis.parts)
    expect(unitsOf(part, analysis.encoding)).toBeLessThanOrEqual(analysis.perSegment);
  expect(measureText(text)).toEqual({
    encoding: analysis.encoding,
    length: analysis.length,
    units: analysis.units,
    segments: analysis.segments,
    perSegment: analysis.perSegment,
    remaining: analysis.remaining,
  });
  return analysis;
}

describe('the GSM 03.38 tables', () => {
  it('hold the 127 characters of the default alphabet (escape aside) and the 10 of the extension table', () => {
    expect([...GSM_BASIC]).toHaveLength(127);
    expect(new Set(GSM_BASIC).size).toBe(127);
    expect([...GSM_EXTENSION]).toEqual(['\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€']);
  });

  it.each([...GSM_BASIC].map((char) => [char.codePointAt(0)?.toString(16), char]))(
    'U+%s %j is one GSM-7 septet',
    (_, char) => {
      expect(measureText(char)).toMatchObject({ encoding: 'GSM-7', units: 1, segments: 1 });
    },
  );

  it.each([...GSM_EXTENSION].map((char) => [char.codePointAt(0)?.toString(16), char]))(
    'U+%s %j is two GSM-7 septets',
    (_, char) => {
      expect(measureText(char)).toMatchObject({ encoding: 'GSM-7', units: 2, segments: 1 });
    },
  );

  it('makes every other UTF-16 code unit UCS-2', () => {
    let gsm = 0;
    for (let unit = 0; unit < 0x10000; unit++) {
      const encoding = measureText(String.fromCharCode(unit)).encoding;
      if (encoding === 'GSM-7') gsm++;
      expect(encoding === 'GSM-7').toBe(GSM_SEPTETS[unit] !== 0);
    }
    expect(gsm).toBe(137);
  });

  it('knows French: é è à ù ì ò É Ç are GSM-7; ê â î ô û ë ï ç œ and typographic ’ “ ” – … are not', () => {
    for (const char of 'éèàùìòÉÇ') expect(measureText(`Très ${char}`).encoding).toBe('GSM-7');
    for (const char of 'êâîôûëïçœ’“”–…') expect(measureText(`Très ${char}`).encoding).toBe('UCS-2');
    expect(analyseText('Votre commande est prête à être livrée’').nonGsmCharacters).toEqual(['ê', '’']);
  });
});

describe('segments at every boundary', () => {
  it.each([
    ['a', 160, 'GSM-7', 1, 160, 0],
    ['a', 161, 'GSM-7', 2, 153, 145],
    ['a', 306, 'GSM-7', 2, 153, 0],
    ['a', 307, 'GSM-7', 3, 153, 152],
    ['é', 1530, 'GSM-7', 10, 153, 0],
    ['é', 1531, 'GSM-7', 11, 153, 152],
    ['ê', 70, 'UCS-2', 1, 70, 0],
    ['ê', 71, 'UCS-2', 2, 67, 63],
    ['ê', 134, 'UCS-2', 2, 67, 0],
    ['ê', 135, 'UCS-2', 3, 67, 66],
    ['ç', 670, 'UCS-2', 10, 67, 0],
    ['ç', 671, 'UCS-2', 11, 67, 66],
  ] as const)(
    '%j × %i: %s in %i segments of %i, %i left',
    (char, count, encoding, segments, perSegment, remaining) => {
      const analysis = expectConsistent(char.repeat(count));
      expect(analysis).toMatchObject({
        encoding,
        units: count,
        length: count,
        segments,
        perSegment,
        remaining,
      });
    },
  );

  it('counts 153 × "]" as 306 septets in 3 segments, never cutting an escape pair', () => {
    const analysis = expectConsistent(']'.repeat(153));
    expect(analysis).toMatchObject({ encoding: 'GSM-7', units: 306, segments: 3 });
    expect(analysis.parts.map((part) => part.length)).toEqual([76, 76, 1]);
  });

  it('moves an extension character that would straddle a boundary to the next part', () => {
    const analysis = expectConsistent(`${'a'.repeat(152)}€${'a'.repeat(10)}`);
    expect(analysis.parts[0]).toBe('a'.repeat(152));
    expect(analysis.parts[1]?.startsWith('€')).toBe(true);
    expect(analysis.units).toBe(164);
  });

  it('counts 80 extension characters (160 septets) as one message, 81 as two', () => {
    expect(measureText('€'.repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(measureText('€'.repeat(81))).toMatchObject({ units: 162, segments: 2 });
  });

  it('never cuts an emoji (surrogate pair) on a boundary', () => {
    const analysis = expectConsistent(`${'a'.repeat(66)}😀${'a'.repeat(10)}`);
    expect(analysis).toMatchObject({ encoding: 'UCS-2', units: 78, length: 77, segments: 2 });
    expect(analysis.parts[0]).toBe('a'.repeat(66));
    expect(analysis.parts[1]?.startsWith('😀')).toBe(true);
  });

  it('never cuts a flag, a joined emoji or a letter with a combining accent that fits in a part', () => {
    for (const grapheme of ['🇨🇮', '👨‍👩‍👧', '👍🏾', 'e\u0301', '❤️']) {
      const text = `${'x'.repeat(65)}${grapheme}${'y'.repeat(20)}`;
      const analysis = expectConsistent(text);
      expect(analysis.encoding).toBe('UCS-2');
      expect(analysis.parts.some((part) => part.includes(grapheme))).toBe(true);
    }
  });

  it('cuts a grapheme longer than a whole part between code points, keeping surrogate pairs', () => {
    const huge = `e${'\u0301'.repeat(100)}`;
    const analysis = expectConsistent(`${huge}😀`.repeat(2));
    expect(analysis.segments).toBe(4);
  });

  it('lets CR LF be cut between its characters, as carriers do', () => {
    const analysis = expectConsistent(`${'ê'.repeat(66)}\r\n${'ê'.repeat(10)}`);
    expect(analysis.parts[0]?.endsWith('\r')).toBe(true);
  });

  it('gives an empty text one empty segment', () => {
    expect(expectConsistent('')).toMatchObject({
      encoding: 'GSM-7',
      units: 0,
      length: 0,
      segments: 1,
      parts: [''],
      remaining: 160,
    });
  });

  it('measures a 1,600-character text', () => {
    expect(expectConsistent('Bonjour à tous. '.repeat(100))).toMatchObject({
      encoding: 'GSM-7',
      length: 1600,
      segments: 11,
    });
    expect(expectConsistent('Prêt ? '.repeat(228).slice(0, 1600))).toMatchObject({
      encoding: 'UCS-2',
      segments: 24,
    });
  });

  it('analyses French messages as carriers bill them', () => {
    expect(measureText('Bonjour Aïcha, votre colis est arrivé.')).toMatchObject({
      encoding: 'UCS-2',
      segments: 1,
    });
    expect(
      measureText('Bonjour Awa, votre colis est arrivé à Abidjan. Merci de votre fidélité !'),
    ).toMatchObject({
      encoding: 'GSM-7',
      units: 72,
      segments: 1,
    });
    expect(measureText('Promo: -20% sur tout le rayon {été} ~ jusqu’à dimanche')).toMatchObject({
      encoding: 'UCS-2',
    });
  });
});
