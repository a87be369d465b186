import * as z from 'zod';
import { contactInput, MAX_INLINE_CONTACTS } from '../contacts/contact';
import { idSchema, pageSchema, pageSizeSchema } from '../schemas';

export interface Group {
  id: string;
  name: string;
  description?: string;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

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
