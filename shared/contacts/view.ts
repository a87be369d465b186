/** What the API answers about contacts (the SDK's answer types are these). */
import type { Contact } from './contact';

/** A contact as answered: its fields, nothing of how it is stored. */
export const toContact = (item: Contact): Contact => ({
  id: item.id,
  phone: item.phone,
  ...(item.name ? { name: item.name } : {}),
  ...(item.firstName ? { firstName: item.firstName } : {}),
  ...(item.lastName ? { lastName: item.lastName } : {}),
  ...(item.sex ? { sex: item.sex } : {}),
  ...(item.fields && Object.keys(item.fields).length ? { fields: item.fields } : {}),
  createdAt: item.createdAt,
  ...(item.updatedAt ? { updatedAt: item.updatedAt } : {}),
});

/** A contact as the contact routes answer it: with whether it opted out of the account's messages. */
export type ContactWithOptOut = Contact & { optedOut: boolean };

export const withOptOut = (contact: Contact, optedOut: ReadonlySet<string>): ContactWithOptOut => ({
  ...contact,
  optedOut: optedOut.has(contact.phone),
});
