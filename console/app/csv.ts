/**
 * The console's side of reading spreadsheets: the rules are the API's (`shared/contacts/sheet.ts`), the
 * words are French, and what the user pastes is read the same way.
 */

import {
  type ContactField,
  type ContactRow,
  type Mapping,
  type RowProblem,
  contactsOf as readContacts,
  type Sheet,
} from '../../shared/contacts/sheet';
import { writeCsv } from '../../shared/csv';
import { detailMessage, PHONE_PROBLEMS } from './french';

export {
  CONTACT_FIELDS,
  type ContactField,
  type ContactRow,
  fieldColumns,
  fieldKeyOf,
  guessMapping,
  isFieldKey,
  type Mapping,
  type RowProblem,
  readSheet,
  type Sheet,
} from '../../shared/contacts/sheet';

export const FIELD_LABEL: Record<ContactField, string> = {
  phone: 'Numéro',
  name: 'Nom complet',
  firstName: 'Prénom',
  lastName: 'Nom',
  sex: 'Civilité',
};

/** A row not imported, as the console lists it. */
export type ShownProblem = Pick<RowProblem, 'line' | 'value' | 'message'>;

/** Why a row is not imported, in French. */
export function problemInFrench(problem: RowProblem): string {
  if (problem.problem === 'no-phone') return 'pas de numéro';
  if (problem.problem === 'invalid') {
    const [path = '', ...words] = problem.message.split(' ');
    const field = path.split('.');
    const label =
      field[0] === 'fields'
        ? `Champ ${field[1] ?? ''}`.trim()
        : (FIELD_LABEL[field[0] as ContactField] ?? path);
    return `${label} : ${detailMessage(words.join(' '))}`;
  }
  return PHONE_PROBLEMS[problem.problem];
}

/** The sheet's rows as contacts, each refused row said in French. */
export function contactsOf(sheet: Sheet, mapping: Mapping) {
  const read = readContacts(sheet, mapping);
  return {
    ...read,
    problems: read.problems.map((problem) => ({ ...problem, message: problemInFrench(problem) })),
  };
}

/** Phones pasted one per line (or separated by commas or semicolons), as contacts. */
export function pastedContacts(text: string) {
  const lines = text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);
  return contactsOf(
    { header: ['Numéro'], rows: lines.map((line) => [line]), headerless: true },
    { phone: 0 },
  );
}

/** What the API takes for a contact (the line number stays with the console). */
export const asContactInput = ({ line: _line, ...contact }: ContactRow) => contact;

/** The rows that could not be imported, as a CSV to open beside the original. */
export function problemsCsv(problems: readonly ShownProblem[]): string {
  return writeCsv(
    ['ligne', 'valeur', 'erreur'],
    problems.map((problem) => [problem.line, problem.value, problem.message]),
  );
}
