import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MAX_ROW_BYTES, MalformedCsvError, type RowBatch, rowBatches } from '../../shared/imports/records';
import { resolveColumns } from '../../shared/imports/use-cases';

/** `text`'s bytes in pieces of `size` (cutting anywhere: inside a quoted cell, inside an accented letter). */
async function* pieces(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readAll(
  bytes: Buffer,
  options: {
    size: number;
    rowsPerBatch: number;
    from?: { offset: number; line: number };
    separator?: string;
  },
): Promise<RowBatch[]> {
  const from = options.from ?? { offset: 0, line: 1 };
  const batches: RowBatch[] = [];
  for await (const batch of rowBatches(pieces(bytes.subarray(from.offset), options.size), from, options))
    batches.push(batch);
  return batches;
}

const FILE = [
  '\uFEFFTéléphone;Prénom;Note',
  '2250701020304;Awa;"Cliente fidèle; payée"',
  '',
  '2250701020305;"Koné ""la grande""";"deux',
  'lignes"',
  '2250701020306;Aïssatou;é',
  '2250701020307;Yao;fin sans saut de ligne',
].join('\r\n');

describe('a CSV read as it streams', () => {
  it('gives every row with its line, whatever the pieces it arrives in', async () => {
    const bytes = Buffer.from(FILE);
    const expected = Papa.parse<string[]>(FILE.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    for (const size of [1, 2, 3, 7, 64, 100_000]) {
      for (const rowsPerBatch of [1, 2, 1000]) {
        const batches = await readAll(bytes, { size, rowsPerBatch });
        expect(batches.flatMap((batch) => batch.rows.map((row) => row.cells))).toEqual(expected);
        // Lines as a spreadsheet numbers its rows: the blank one counts, a cell's line break does not.
        expect(batches.flatMap((batch) => batch.rows.map((row) => row.line))).toEqual([1, 2, 4, 5, 6]);
        expect(batches.at(-1)?.nextOffset).toBe(bytes.length);
        expect(batches.every((batch) => batch.separator === ';')).toBe(true);
      }
    }
  });

  it('goes on from any checkpoint as if it had never stopped', async () => {
    const bytes = Buffer.from(FILE);
    const whole = (await readAll(bytes, { size: 5, rowsPerBatch: 1 })).flatMap((batch) => batch.rows);
    const batches = await readAll(bytes, { size: 5, rowsPerBatch: 2 });
    for (const [index, batch] of batches.entries()) {
      const resumed = await readAll(bytes, {
        size: 3,
        rowsPerBatch: 2,
        from: { offset: batch.nextOffset, line: batch.nextLine },
        separator: ';',
      });
      const before = batches.slice(0, index + 1).flatMap((done) => done.rows);
      expect([...before, ...resumed.flatMap((next) => next.rows)]).toEqual(whole);
    }
  });

  it('stops at a quote that never closes, naming its line, without holding the whole file', async () => {
    const open = Buffer.from('phone;note\n2250701020304;"jamais fermé\n2250701020305;ok\n');
    await expect(readAll(open, { size: 8, rowsPerBatch: 10 })).rejects.toThrow(MalformedCsvError);
    const huge = Buffer.concat([Buffer.from('phone;note\n1;"'), Buffer.alloc(MAX_ROW_BYTES + 10, 'a')]);
    await expect(readAll(huge, { size: 64 * 1024, rowsPerBatch: 10 })).rejects.toMatchObject({ line: 2 });
  });
});

describe("an import's columns read against the file's header", () => {
  const rows = [
    ['Numéro', 'Prénom', 'Montant dû', 'Agence'],
    ['2250701020304', 'Awa', '1000', 'Plateau'],
  ];

  it('finds named columns by header (any case) or position, fields by either, and leaves out the nulls', () => {
    expect(
      resolveColumns(
        { columns: { phone: 'numéro', firstName: 1, fields: { 'Montant dû': 'montant', '3': null } } },
        rows,
      ),
    ).toEqual({
      columns: { phone: 0, firstName: 1, fields: [{ column: 2, key: 'montant' }] },
      headerless: false,
    });
  });

  it('guesses them when none are named, each other column a field under its header’s key', () => {
    expect(resolveColumns({}, rows)).toEqual({
      columns: {
        phone: 0,
        firstName: 1,
        fields: [
          { column: 2, key: 'montant_du' },
          { column: 3, key: 'agence' },
        ],
      },
      headerless: false,
    });
  });

  it('takes a first row holding a phone for a row, unless told it is a header', () => {
    const headerless = [
      ['2250701020304', 'Awa'],
      ['2250701020305', 'Yao'],
    ];
    expect(resolveColumns({}, headerless)).toMatchObject({ columns: { phone: 0 }, headerless: true });
    expect(resolveColumns({ hasHeader: false, columns: { phone: 0 } }, rows)).toMatchObject({
      headerless: true,
    });
  });

  it('says why it cannot: a column not in the file, or no phone anywhere', () => {
    expect(resolveColumns({ columns: { phone: 'Mobile' } }, rows)).toBe('column-not-found');
    expect(resolveColumns({ columns: { phone: 9 } }, rows)).toBe('column-not-found');
    expect(resolveColumns({ columns: { phone: 0, fields: { Ville: 'ville' } } }, rows)).toBe(
      'column-not-found',
    );
    expect(resolveColumns({}, [['Nom'], ['Awa']])).toBe('no-phone-column');
  });
});
