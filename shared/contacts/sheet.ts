/**
 * Spreadsheets as customers export them (Excel's `;`, Google's `,`, quotes, a header row or not),
 * read into contacts: the columns chosen by the user, each row checked by the API's own rule for a
 * contact, each row that cannot be one reported with its number. The console reads a file with it in
 * the browser; the import function reads an uploaded file with it, batch by batch.
 */
import Papa from 'papaparse';
import { normalisePhone, type PhoneProblem } from '../text/phone';
import { FIELD_KEY_PATTERN, isBuiltInVariable } from '../text/render';
import { contactFieldsSchema } from '../text/schema';

export const CONTACT_FIELDS = ['phone', 'name', 'firstName', 'lastName', 'sex'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface Sheet {
  header: string[];
  rows: string[][];
  /** The file had no header row: every row is a contact. */
  headerless?: boolean;
  /** What separates its cells, as read (`;` from French Excel, `,`, a tab). */
  separator?: string;
}

export interface ContactRow {
  /** Its line in the file (counting the header's, when there is one). */
  line: number;
  phone: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  sex?: 'M' | 'F';
  /** The contact's own fields, from the columns imported as fields (`@montant`). */
  fields?: Record<string, string>;
}

export interface RowProblem {
  line: number;
  value: string;
  /** `no-phone`, a phone's problem, or `invalid` (another cell the API refuses: `message` says which). */
  problem: 'no-phone' | PhoneProblem | 'invalid';
  /** In English, the API's words. */
  message: string;
}

/**
 * Which column holds what: the built-in fields' columns, and for the other columns the field key each
 * is imported as (`null`: not imported; unsaid: the key its header suggests).
 */
export type Mapping = Partial<Record<ContactField, number>> & { fields?: Record<number, string | null> };

/** Whether a key can be a contact field's (what a text names as `@key`). */
export const isFieldKey = (key: string) => FIELD_KEY_PATTERN.test(key) && !isBuiltInVariable(key);

/** The field key a column's header suggests: `Montant dû` → `montant_du`; none when it cannot be one. */
export function fieldKeyOf(header: string): string | undefined {
  const key = header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32)
    .replace(/_+$/, '');
  return isFieldKey(key) ? key : undefined;
}

/** The columns no built-in field takes, each with the key it is imported as (`null`: not imported). */
export function fieldColumns(
  sheet: Sheet,
  mapping: Mapping,
): { column: number; header: string; key: string | null }[] {
  const taken = new Set(CONTACT_FIELDS.map((field) => mapping[field]));
  return sheet.header.flatMap((header, column) => {
    if (taken.has(column)) return [];
    const chosen = mapping.fields?.[column];
    const key = chosen !== undefined ? chosen : sheet.headerless ? null : (fieldKeyOf(header) ?? null);
    return [{ column, header: header || `Colonne ${column + 1}`, key }];
  });
}

/** A file's rows; its first row is taken for a header unless it already holds a phone number. */
export function readSheet(text: string): Sheet {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return sheetOf(parsed.data, { separator: parsed.meta.delimiter });
}

/**
 * Rows as a sheet: the first is its header when `hasHeader` says so or, unsaid, unless it holds a phone
 * number where the rows after it hold theirs.
 */
export function sheetOf(rows: string[][], options: { hasHeader?: boolean; separator?: string } = {}): Sheet {
  const [first = [], ...rest] = rows;
  const separator = options.separator ? { separator: options.separator } : {};
  const phoneColumn = phoneColumnOf(rest.slice(0, 20));
  const headerless =
    options.hasHeader === undefined
      ? phoneColumn !== undefined && normalisePhone(first[phoneColumn] ?? '').ok
      : !options.hasHeader;
  if (headerless) {
    return { header: first.map((_, index) => `Colonne ${index + 1}`), rows, headerless: true, ...separator };
  }
  return { header: first.map((cell) => cell.trim()), rows: rest, ...separator };
}

/** The column where most sample rows hold a phone number. */
function phoneColumnOf(rows: string[][]): number | undefined {
  const width = Math.max(0, ...rows.map((row) => row.length));
  let best: { column: number; phones: number } | undefined;
  for (let column = 0; column < width; column++) {
    const phones = rows.filter((row) => normalisePhone(row[column] ?? '').ok).length;
    if (phones > rows.length / 2 && phones > (best?.phones ?? 0)) best = { column, phones };
  }
  return best?.column;
}

const plain = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const GUESSES: [ContactField, RegExp][] = [
  ['phone', /^(telephone|tel|phone|mobile|portable|numero|num|cellulaire|gsm|contact|msisdn|phonenumber)/],
  ['firstName', /^(prenom|firstname|givenname)/],
  ['lastName', /^(nomdefamille|lastname|surname|familyname|nom)$/],
  ['name', /^(nomcomplet|name|fullname|nometprenom|nomprenom|client)/],
  ['sex', /^(civilite|sexe|genre|sex|gender|titre)/],
];

/** Which column holds what, guessed from the header's words (the user may change every choice). */
export function guessMapping(sheet: Sheet): Mapping {
  const mapping: Mapping = {};
  if (!sheet.headerless) {
    sheet.header.forEach((cell, index) => {
      const word = plain(cell);
      const field = GUESSES.find(([name, pattern]) => mapping[name] === undefined && pattern.test(word))?.[0];
      if (field) mapping[field] = index;
    });
  }
  mapping.phone ??= phoneColumnOf(sheet.rows.slice(0, 20));
  if (mapping.phone === undefined) delete mapping.phone;
  return mapping;
}

const SEX: Record<string, 'M' | 'F'> = {
  m: 'M',
  h: 'M',
  homme: 'M',
  monsieur: 'M',
  masculin: 'M',
  f: 'F',
  femme: 'F',
  mme: 'F',
  madame: 'F',
  mlle: 'F',
  feminin: 'F',
};

/** The columns imported as fields, with their keys. */
export const fieldsToImportOf = (sheet: Sheet, mapping: Mapping) =>
  fieldColumns(sheet, mapping).flatMap(({ column, key }) =>
    key !== null && isFieldKey(key) ? [{ column, key }] : [],
  );

/**
 * One row as a contact, checked by the API's own rule (its phone normalised, names and fields within
 * their limits), or why it cannot be one. `line` is its row's number in the file (the header's is 1).
 */
export function rowContact(
  row: readonly string[],
  line: number,
  mapping: Mapping,
  fieldsToImport: readonly { column: number; key: string }[],
): ContactRow | RowProblem {
  const cell = (field: ContactField) => {
    const column = mapping[field];
    return column === undefined ? '' : (row[column] ?? '').trim();
  };
  const raw = cell('phone');
  if (!raw) return { line, value: '', problem: 'no-phone', message: 'has no phone number' };
  const phone = normalisePhone(raw);
  if (!phone.ok) return { line, value: raw, problem: phone.problem, message: `phone ${phone.message}` };
  const contact: ContactRow = { line, phone: phone.phone };
  for (const field of ['name', 'firstName', 'lastName'] as const) {
    const value = cell(field);
    if (value) contact[field] = value;
  }
  const sex = SEX[plain(cell('sex'))];
  if (sex) contact.sex = sex;
  for (const { column, key } of fieldsToImport) {
    const value = (row[column] ?? '').trim();
    if (value) contact.fields = { ...contact.fields, [key]: value };
  }
  const { line: _, ...fields } = contact;
  const checked = contactFieldsSchema.safeParse(fields);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return {
      line,
      value: raw,
      problem: 'invalid',
      message: `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}`.trim(),
    };
  }
  return contact;
}

export const isProblem = (row: ContactRow | RowProblem): row is RowProblem => 'problem' in row;

/** The sheet's rows as contacts; the first row of each phone is kept, the others counted. */
export function contactsOf(
  sheet: Sheet,
  mapping: Mapping,
): { contacts: ContactRow[]; problems: RowProblem[]; duplicates: number } {
  const contacts: ContactRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  const fieldsToImport = fieldsToImportOf(sheet, mapping);
  let duplicates = 0;
  sheet.rows.forEach((row, index) => {
    const read = rowContact(row, index + (sheet.headerless ? 1 : 2), mapping, fieldsToImport);
    if (isProblem(read)) problems.push(read);
    else if (seen.has(read.phone)) duplicates++;
    else {
      seen.add(read.phone);
      contacts.push(read);
    }
  });
  return { contacts, problems, duplicates };
}
