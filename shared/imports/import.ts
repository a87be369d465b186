/**
 * A bulk import (CONTRACT.md, Bulk import): a CSV uploaded straight to storage through a link the API
 * signs, then read by the import function batch by batch into contacts, their fields and a group.
 */
import * as z from 'zod';
import { isFieldKey } from '../contacts/sheet';
import { isId } from '../ids';

export const IMPORT_STATUSES = ['AWAITING_FILE', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** The largest file an import reads; a bigger one fails the import (`file-too-large`). */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** How long the upload link works. */
export const UPLOAD_SECONDS = 15 * 60;
/** How long an import, its file and its refused rows are kept (the bucket's lifecycle says the same). */
export const IMPORT_DAYS = 7;
/** How long a link to the refused rows works; reading the import again gives a new one. */
export const ERRORS_LINK_SECONDS = 3600;
/** Rows read, checked and written together, then checkpointed. */
export const ROWS_PER_BATCH = 1000;
/** Invocations in a row that may fail without a batch read before the import is `FAILED`. */
export const IMPORT_ATTEMPTS = 5;
/** Why an import failed (`reason`). */
export const IMPORT_FAILURES = [
  /** The uploaded file is over `IMPORT_MAX_BYTES`. */
  'file-too-large',
  /** A column `columns` names is not in the file's header. */
  'column-not-found',
  /** No column holds phone numbers (none named, none found). */
  'no-phone-column',
  /** A quote opened and never closed: a row of over a megabyte. */
  'malformed-csv',
  /** The group to import into was removed meanwhile. */
  'group-not-found',
  /** Reading failed `IMPORT_ATTEMPTS` times in a row without moving on. */
  'internal-error',
] as const;
export type ImportFailure = (typeof IMPORT_FAILURES)[number];

/** A column: its header as the file writes it, or its position (0: the first). */
const columnSchema = z.union([
  z.number().int().min(0).max(999),
  z.string().trim().min(1, 'must name a column').max(200),
]);
export type ColumnRef = z.infer<typeof columnSchema>;

export const importColumnsSchema = z.strictObject({
  phone: columnSchema,
  name: columnSchema.optional(),
  firstName: columnSchema.optional(),
  lastName: columnSchema.optional(),
  sex: columnSchema.optional(),
  /**
   * The other columns imported as contact fields, each under a key (`null`: not imported); a column left
   * out takes the key its header suggests (`Montant dû` → `montant_du`).
   */
  fields: z
    .record(
      z.string().trim().min(1).max(200),
      z
        .string()
        .refine(isFieldKey, 'must be a field key (a-z, 0-9, _; a letter first; not a built-in variable)')
        .nullable(),
    )
    .optional(),
});
export type ImportColumns = z.infer<typeof importColumnsSchema>;

export const startImportInput = z
  .strictObject({
    /** The group the contacts join (an existing one). */
    groupId: z.string().refine(isId, 'must be a group id (24 hexadecimal characters)').optional(),
    /** Or a new group of this name, made now. */
    groupName: z.string().trim().min(1).max(100).optional(),
    /** Which column holds what; unsaid, guessed from the header as the console guesses it. */
    columns: importColumnsSchema.optional(),
    /** Whether the first row is a header; unsaid, it is one unless it holds a phone number. */
    hasHeader: z.boolean().optional(),
    /** What separates cells; unsaid, read from the file (`;`, `,`, a tab…). */
    separator: z.enum([',', ';', '\t', '|']).optional(),
  })
  .refine((input) => !(input.groupId && input.groupName), {
    message: 'give groupId or groupName, not both',
    path: ['groupName'],
  });
export type StartImportInput = z.infer<typeof startImportInput>;

export const importInput = z.strictObject({});

/** Where an import's file is uploaded: under its account, named by the import. */
export const IMPORTS_PREFIX = 'imports/';
export const fileKeyOf = (accountId: string, importId: string) =>
  `${IMPORTS_PREFIX}${accountId}/${importId}.csv`;
/** The import a file key names, if it is one. */
export function importOfKey(key: string): { accountId: string; importId: string } | undefined {
  const match = /^imports\/([0-9a-f]{24})\/([0-9a-f]{24})\.csv$/.exec(key);
  return match ? { accountId: match[1] as string, importId: match[2] as string } : undefined;
}
/** A batch's refused rows, written as it is read; joined into one file at the end. */
export const errorsPartKeyOf = (accountId: string, importId: string, batch: number) =>
  `${IMPORTS_PREFIX}${accountId}/${importId}/refused-${batch}.csv`;
export const errorsKeyOf = (accountId: string, importId: string) =>
  `${IMPORTS_PREFIX}${accountId}/${importId}-refused.csv`;

/** Which column holds what, once read against the file's header. */
export interface ResolvedColumns {
  phone: number;
  name?: number;
  firstName?: number;
  lastName?: number;
  sex?: number;
  fields: { column: number; key: string }[];
}

/** The import as it is kept. */
export interface ImportRecord {
  id: string;
  status: ImportStatus;
  groupId?: string;
  columns?: ImportColumns;
  hasHeader?: boolean;
  separator?: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  reason?: ImportFailure;
  /** The file's size, once it arrived. */
  bytes?: number;
  /** Where the next batch starts in the file: everything before it is imported (the checkpoint). */
  bytesRead: number;
  /** The file line the next batch starts at (the header's is 1). */
  nextLine: number;
  /** Batches done: names the next one's part of refused rows. */
  batches: number;
  /** The batches that refused rows (their parts). */
  refusedBatches?: number[];
  rowsRead: number;
  imported: number;
  duplicates: number;
  refused: number;
  /** Read against the header with the first batch, and kept for the others. */
  resolved?: ResolvedColumns;
  /** Set while an invocation reads the file: another waits until then. */
  leaseUntil?: string;
  /** The refused rows' file, once written. */
  errorsKey?: string;
  /** Invocations that failed since the last checkpoint. */
  failures?: number;
}

/** The import as the API answers it. */
export interface ImportView {
  id: string;
  status: ImportStatus;
  groupId?: string;
  rowsRead: number;
  imported: number;
  duplicates: number;
  refused: number;
  bytes?: number;
  bytesRead: number;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  reason?: ImportFailure;
  /** The refused rows (line, value, reason), when there are some and the import is done. */
  errorsUrl?: string;
  errorsExpiresAt?: string;
}

/** What `contact/import` answers: where to upload the file, until when, and how big it may be. */
export interface ImportUpload {
  id: string;
  status: ImportStatus;
  groupId?: string;
  uploadUrl: string;
  expiresAt: string;
  maxBytes: number;
}
