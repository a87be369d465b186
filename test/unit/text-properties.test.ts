import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GSM_EXTENSION } from '../../shared/text/gsm';
import { normalisePhone } from '../../shared/text/phone';
import { renderText, VARIABLES } from '../../shared/text/render';
import { analyseText, measureText } from '../../shared/text/segments';

const septets = (part: string) =>
  [...part].reduce((sum, char) => sum + (GSM_EXTENSION.includes(char) ? 2 : 1), 0);

// Any UTF-16 text, lone surrogates included, with GSM, extension and clustering characters made common.
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      'a',
      'é',
      ' ',
      '€',
      ']',
      '\n',
      '\r',
      'ê',
      '’',
      '😀',
      '🇨',
      '🇮',
      '\u0301',
      '\u200d',
      '👍',
      '🏾',
    ),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 800,
});

describe('text properties', () => {
  it('parts always join back to the text, one per segment', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyseText(text);
        expect(analysis.parts.join('')).toBe(text);
        expect(analysis.parts).toHaveLength(analysis.segments);
      }),
      { numRuns: 2000 },
    );
  });

  it('no part exceeds its unit budget, and measuring agrees with analysing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyseText(text);
        for (const part of analysis.parts) {
          const units = analysis.encoding === 'GSM-7' ? septets(part) : part.length;
          expect(units).toBeLessThanOrEqual(analysis.perSegment);
        }
        expect(measureText(text).segments).toBe(analysis.segments);
      }),
      { numRuns: 2000 },
    );
  });

  it('rendering never leaves @nom_complet behind (where it stands as a word, not inside an e-mail address)', () => {
    const fragment = fc.string({ maxLength: 20 }).map((text) => text.replaceAll('@', ''));
    const variable = fc.constantFrom(...VARIABLES).map((name) => `@${name}`);
    const template = fc.array(fc.oneof(fragment, variable, fc.constant(' '), fc.constant('@nom_complet')), {
      maxLength: 12,
    });
    const name = fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((value) => value.trim() !== '' && !value.includes('@'));
    fc.assert(
      fc.property(template, name, fc.option(name, { nil: undefined }), (pieces, fullName, firstName) => {
        const rendered = renderText(pieces.join(' '), { phone: '2250101010101', name: fullName, firstName });
        expect(rendered).not.toContain('@nom_complet');
      }),
      { numRuns: 2000 },
    );
  });

  it('normalising a normalised number changes nothing', () => {
    const written = fc
      .tuple(
        fc.constantFrom('', '+', '00'),
        fc.constantFrom('225', '221', '228', '229', '33', '1'),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 11 }),
        fc.constantFrom('', ' ', '-', '.'),
      )
      .map(([prefix, code, digits, separator]) => `${prefix}${code}${separator}${digits.join(separator)}`);
    fc.assert(
      fc.property(written, (input) => {
        const once = normalisePhone(input);
        if (!once.ok) return;
        expect(normalisePhone(once.phone)).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });
});
