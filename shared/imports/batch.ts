/**
 * One batch of an import's rows into the account: each row checked by the API's rule for a contact, the
 * first row of each phone kept (later ones are duplicates), new phones saved as contacts, saved contacts
 * given the row's values, and every contact made a member of the import's group.
 *
 * A batch may be written twice (its invocation stopped before its checkpoint): each contact and member it
 * writes is marked with the import and the line that first gave the phone, so the second run counts
 * what the first wrote as its own, and a phone seen in an earlier batch as a duplicate.
 */
import { type Contact, contactIdOf } from '../contacts/contact';
import {
  changeContact,
  contactsForImport,
  importedContacts,
  markImported,
  type RevisedContact,
} from '../contacts/repository';
import { type ContactRow, isProblem, type Mapping, type RowProblem, rowContact } from '../contacts/sheet';
import { changesGiven } from '../contacts/use-cases';
import { batchWrite, mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { carryContactChanges } from '../groups/contact-changes';
import { importedMemberWrites, membersForImport } from '../groups/repository';
import type { ResolvedColumns } from './import';

export interface BatchOutcome {
  rowsRead: number;
  /** Rows whose contact was saved (new, or given again with its values) and added to the group. */
  imported: number;
  duplicates: number;
  refused: RowProblem[];
  /** Contacts this import saved (the account's count moves by it). */
  created: number;
  /** Members this import added (the group's count moves by it). */
  added: number;
  /** The field keys the batch's contacts carry. */
  fieldKeys: Set<string>;
}

const mappingOf = (columns: ResolvedColumns): Mapping => {
  const { fields: _, ...builtIn } = columns;
  return builtIn;
};

export async function importBatch(
  db: Db,
  target: { accountId: string; importId: string; groupId?: string },
  rows: readonly { line: number; cells: string[] }[],
  columns: ResolvedColumns,
  now: Date,
): Promise<BatchOutcome> {
  const { accountId, importId, groupId } = target;
  const mapping = mappingOf(columns);
  const refused: RowProblem[] = [];
  const firstOfPhone = new Map<string, ContactRow>();
  let duplicates = 0;
  for (const row of rows) {
    const read = rowContact(row.cells, row.line, mapping, columns.fields);
    if (isProblem(read)) refused.push(read);
    else if (firstOfPhone.has(read.phone)) duplicates++;
    else firstOfPhone.set(read.phone, read);
  }

  // Contact ids follow from phones. A new phone's member, if any, is one an import wrote without its contact
  // (stopped between the two): this one's, written again and counted as before, or another's, whose own rerun
  // finds the contact saved here and counts nothing. So only saved contacts' memberships are read (half the
  // reads). Not so a member left by a contact's removal stopped before its memberships, and not retried (which
  // removes it): it is counted again.
  const phones = [...firstOfPhone.keys()];
  const saved = await contactsForImport(db, accountId, phones);
  const members = groupId
    ? await membersForImport(
        db,
        accountId,
        groupId,
        phones.filter((phone) => saved.has(phone)).map((phone) => contactIdOf(accountId, phone)),
      )
    : undefined;
  const applied: { contact: RevisedContact; line: number }[] = [];
  const toCreate: ContactRow[] = [];
  const toChange: { contact: RevisedContact; row: ContactRow }[] = [];
  const toMark: { contactId: string; line: number }[] = [];
  let created = 0;
  for (const row of firstOfPhone.values()) {
    const found = saved.get(row.phone);
    if (!found) {
      toCreate.push(row);
      continue;
    }
    const ours = found.mark?.importId === importId;
    // Saved for this import's line, kept even when another import has marked it since.
    const savedAt = found.createdByImport?.importId === importId ? found.createdByImport.line : undefined;
    // Given by an earlier batch of this import, checkpointed and counted: a repeat.
    if ((ours && (found.mark?.line ?? 0) < row.line) || (savedAt !== undefined && savedAt < row.line)) {
      duplicates++;
      continue;
    }
    // Written for this very line by an earlier run of this batch.
    const again = ours && found.mark?.line === row.line;
    // Saved by an earlier run of this batch, which stopped before its checkpoint could count it.
    if (savedAt === row.line) created++;
    if (!again) toMark.push({ contactId: found.contact.id, line: row.line });
    if (changesGiven(found.contact, row)) toChange.push({ contact: found.contact, row });
    else applied.push({ contact: found.contact, line: row.line });
  }

  const changed = await mapLimit(toChange, 8, async ({ contact, row }) => {
    const { line: _, ...given } = row;
    let result: Awaited<ReturnType<typeof changeContact>>;
    try {
      result = await changeContact(db, accountId, contact.id, changesGiven(contact, given) ?? {}, now);
    } catch (error) {
      // The row's fields with the saved ones would pass the API's limit (30 fields): the row is refused.
      if (!(error instanceof AppError) || error.code !== 'validation-error') throw error;
      const issue = Array.isArray(error.details) ? error.details[0] : undefined;
      refused.push({
        line: row.line,
        value: row.phone,
        problem: 'invalid',
        message: `${issue?.path ?? ''} ${issue?.message ?? error.message}`.trim(),
      });
      return [];
    }
    // Removed meanwhile: saved anew below.
    if (!result) toCreate.push(row);
    else applied.push({ contact: result.contact, line: row.line });
    return result?.changed ? [result.contact] : [];
  });
  await carryContactChanges(db, accountId, changed.flat());
  await markImported(db, accountId, toMark, importId);
  const made = importedContacts(
    accountId,
    toCreate.map(({ line, ...fields }) => ({ fields, line })),
    importId,
    now,
  );
  created += made.contacts.length;
  const madeIds = new Set(made.contacts.map((contact) => contact.id));
  made.contacts.forEach((contact, index) => {
    applied.push({ contact, line: (toCreate[index] as ContactRow).line });
  });

  let added = 0;
  const toAdd: typeof applied = [];
  for (const entry of groupId ? applied : []) {
    const id = entry.contact.id;
    const mark = members?.get(id);
    if (members?.has(id) && (mark?.importId !== importId || mark.line !== entry.line)) continue;
    added++;
    // A member an earlier run of this batch added is written again only beside the contact it did not save.
    if (!members?.has(id) || madeIds.has(id)) toAdd.push(entry);
  }
  const memberWrites = groupId ? importedMemberWrites(accountId, groupId, toAdd, importId, now) : [];
  await batchWrite(db, [...made.writes, ...memberWrites]);

  return {
    rowsRead: rows.length,
    imported: applied.length,
    duplicates,
    refused,
    created,
    added,
    fieldKeys: new Set(applied.flatMap(({ contact }) => Object.keys((contact as Contact).fields ?? {}))),
  };
}
