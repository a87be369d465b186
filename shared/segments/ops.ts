/**
 * What a segment's condition may name and do: plain lists with no schema library, read by the API's
 * schemas (`segment.ts`) and by the console's builder alike.
 */
export const SEGMENT_OPS = [
  'eq',
  'neq',
  'contains',
  'startsWith',
  'in',
  'exists',
  'notExists',
  'before',
  'after',
] as const;
export type SegmentOp = (typeof SEGMENT_OPS)[number];

export const SEGMENT_ATTRIBUTES = [
  'phone',
  'country',
  'name',
  'firstName',
  'lastName',
  'sex',
  'createdAt',
  'group',
] as const;
export type SegmentAttribute = (typeof SEGMENT_ATTRIBUTES)[number];

/** The operations each attribute takes; a contact field (`fields.<key>`) takes them all (the console offers these). */
export const OPS_OF: Record<SegmentAttribute, readonly SegmentOp[]> = {
  phone: ['eq', 'neq', 'contains', 'startsWith', 'in'],
  country: ['eq', 'neq', 'in'],
  name: ['eq', 'neq', 'contains', 'startsWith', 'in', 'exists', 'notExists'],
  firstName: ['eq', 'neq', 'contains', 'startsWith', 'in', 'exists', 'notExists'],
  lastName: ['eq', 'neq', 'contains', 'startsWith', 'in', 'exists', 'notExists'],
  sex: ['eq', 'neq', 'in', 'exists', 'notExists'],
  createdAt: ['before', 'after'],
  group: ['eq', 'neq', 'in'],
};
