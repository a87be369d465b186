import { z } from 'zod';
import { contactInput, MAX_INLINE_CONTACTS } from '../contacts/contact';
import { isId } from '../ids';

export interface Group {
  id: string;
  name: string;
  description?: string;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

const idSchema = (what: string) =>
  z.string().refine(isId, `must be a ${what} id (24 hexadecimal characters)`);
const pageSchema = z.number().int().min(1).default(1);
const pageSizeSchema = z.number().int().min(1).max(100).default(10);

export const createGroupInput = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  description: z.string().trim().max(500, 'must be at most 500 characters').optional(),
});

export const listGroupsInput = z.strictObject({ page: pageSchema, count: pageSizeSchema });

/** A group's details, with one page of its members. */
export const getGroupInput = z.strictObject({ page: pageSchema, count: pageSizeSchema });

export const addToGroupInput = z
  .strictObject({
    contacts: z.array(contactInput).max(MAX_INLINE_CONTACTS).default([]),
    contactIds: z.array(idSchema('contact')).max(MAX_INLINE_CONTACTS).default([]),
  })
  .refine((input) => input.contacts.length + input.contactIds.length > 0, {
    message: 'give contacts or contactIds to add',
    path: ['contacts'],
  });

export const removeFromGroupInput = z.strictObject({
  contactIds: z.array(idSchema('contact')).min(1, 'give at least one contact id').max(MAX_INLINE_CONTACTS),
});

export { idSchema };
