/**
 * Every CSV the product writes: a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab
 * or a carriage return first) is written with a leading `'`, so Excel and LibreOffice show it as text.
 */
import Papa from 'papaparse';

/** Papa's own pattern stops at a line break (`.*$`), so `=cmd\nx` would pass it: ours looks at the start only. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function writeCsv(
  fields: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  options: { delimiter?: ',' | ';' } = {},
): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => [...row]) },
    { escapeFormulae: FORMULA_START, delimiter: options.delimiter ?? ',' },
  );
}

/** Rows alone, each ending its line: what a CSV written part by part adds after its header line. */
export function csvRows(
  rows: readonly (readonly (string | number)[])[],
  options: { delimiter?: ',' | ';' } = {},
): string {
  if (rows.length === 0) return '';
  const text = Papa.unparse(
    rows.map((row) => [...row]),
    { escapeFormulae: FORMULA_START, delimiter: options.delimiter ?? ',', header: false, newline: '\r\n' },
  );
  return `${text}\r\n`;
}
