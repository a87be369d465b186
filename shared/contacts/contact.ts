import { createHash } from 'node:crypto';
import * as z from 'zod';
import { isId } from '../ids';
import type { SendRecipient } from '../ports';
import { pageSchema, pageSizeSchema } from '../schemas';
import { contactChangesSchema, contactFieldsSchema } from '../text/schema';

/** A saved contact: what a chunk carries of a recipient, and when it was saved. */
export interface Contact extends SendRecipient {
  createdAt: string;
  /** When it was last changed (`contact/{id}/update`, or given again with other values). */
  updatedAt?: string;
}

/**
 * A contact's id follows from its account and phone. The account's contact for a phone can only
 * be one item, so uniqueness needs no guard and no read: two requests saving the same new phone
 * write the same item. (Ids look like every other id: 24 hex characters.)
 */
export const contactIdOf = (accountId: string, phone: string): string =>
  createHash('sha256').update(`${accountId}:${phone}`).digest('hex').slice(0, 24);

/** A contact as a campaign or a group receives it: saved (`id`) or new (saved when its phone is new). */
export const contactInput = contactFieldsSchema.extend({
  id: z.string().refine(isId, 'must be a contact id (24 hexadecimal characters)').optional(),
});
export type ContactInput = z.infer<typeof contactInput>;

export const MAX_INLINE_CONTACTS = 10_000;

export const createContactInput = contactFieldsSchema;
export type CreateContactInput = z.infer<typeof createContactInput>;

export const listContactsInput = z.strictObject({
  page: pageSchema,
  count: pageSizeSchema,
  /** Contacts whose phone starts with these digits (`22507`, `+225 07` …). */
  phone: z
    .string()
    .transform((value) => value.replace(/[\s\-.()+]/g, ''))
    .pipe(z.string().regex(/^\d{1,15}$/, 'must be the first digits of a phone number'))
    .optional(),
  /** Contacts whose name, first name or last name starts with this, ignoring case and accents. */
  search: z.string().trim().min(1).max(100).optional(),
});
export type ListContactsInput = z.infer<typeof listContactsInput>;

export const getContactInput = z.strictObject({});

export const updateContactInput = contactChangesSchema;
export type ContactChanges = z.infer<typeof contactChangesSchema>;

export const deleteContactInput = z.strictObject({});

export const fullNameOf = (contact: Pick<Contact, 'name' | 'firstName' | 'lastName'>) =>
  contact.name?.trim() || [contact.firstName, contact.lastName].filter((part) => part?.trim()).join(' ');
