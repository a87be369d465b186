/**
 * A CSV read as it streams, a batch of rows at a time, each batch with the byte offset where the next
 * starts: an import checkpoints that offset, and a later invocation reads the file again from there.
 * Memory holds one batch and the bytes of one unfinished row, whatever the file's size.
 */
import Papa from 'papaparse';

export interface RowBatch {
  /** The batch's rows with their line in the file (the first line is 1); blank lines are left out. */
  rows: { line: number; cells: string[] }[];
  /** The line after the batch's last. */
  nextLine: number;
  /** Where the next batch starts, in bytes from the file's start. */
  nextOffset: number;
  /** What separated cells, as given or as read from the batch. */
  separator: string;
}

/** A row longer than this is a quote never closed, not a row. */
export const MAX_ROW_BYTES = 1024 * 1024;

export class MalformedCsvError extends Error {
  constructor(readonly line: number) {
    super(`line ${line} opens a quote it never closes`);
  }
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * The rows of `bytes` (the file read from `from.offset`, where a row starts), `rowsPerBatch` at a time.
 * A row ends at a line feed outside quotes: a quoted cell may hold line breaks and separators.
 */
export async function* rowBatches(
  bytes: AsyncIterable<Uint8Array>,
  from: { offset: number; line: number },
  options: { rowsPerBatch: number; separator?: string },
): AsyncGenerator<RowBatch> {
  let separator = options.separator;
  let pending = Buffer.alloc(0);
  /** Offset in the file of `pending`'s first byte. */
  let pendingOffset = from.offset;
  let line = from.line;
  let scanned = 0;
  let inQuotes = false;
  /** Where, in `pending`, each complete row found so far ends (just past its line feed). */
  let ends: number[] = [];

  const cut = (upTo: number, lines: number): RowBatch => {
    let text = pending.subarray(0, upTo).toString('utf8');
    if (pendingOffset === 0 && text.startsWith('\uFEFF')) text = text.slice(1);
    const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), {
      ...(separator ? { delimiter: separator } : {}),
      skipEmptyLines: false,
    });
    separator ??= parsed.meta.delimiter || ',';
    const rows = parsed.data.flatMap((cells, index) =>
      cells.some((cell) => cell.trim() !== '') ? [{ line: line + index, cells }] : [],
    );
    line += lines;
    pendingOffset += upTo;
    pending = pending.subarray(upTo);
    scanned -= upTo;
    ends = ends.slice(lines).map((end) => end - upTo);
    return { rows, nextLine: line, nextOffset: pendingOffset, separator };
  };

  for await (const chunk of bytes) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk);
    for (; scanned < pending.length; scanned++) {
      const byte = pending[scanned];
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (byte === LINE_FEED && !inQuotes) {
        ends.push(scanned + 1);
        if (ends.length === options.rowsPerBatch) yield cut(scanned + 1, ends.length);
      }
    }
    const unfinished = pending.length - (ends.at(-1) ?? 0);
    if (unfinished > MAX_ROW_BYTES) throw new MalformedCsvError(line + ends.length);
  }
  const last = ends.at(-1) ?? 0;
  if (last > 0) yield cut(last, ends.length);
  if (pending.length > 0) {
    if (inQuotes) throw new MalformedCsvError(line);
    yield cut(pending.length, 1);
  }
}
