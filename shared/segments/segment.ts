/**
 * Segments: saved filters over an account's contacts (CONTRACT.md, Segments). A condition names a
 * contact attribute (or `fields.<key>`, or `group`), an operation, and a value whose type the
 * operation decides; each rule is checked here, and every refusal names its condition's field.
 */
import * as z from 'zod';
import { isId } from '../ids';
import { pageSchema, pageSizeSchema } from '../schemas';
import { FIELD_KEY_PATTERN } from '../text/render';
import { instantOf } from './dates';
import { OPS_OF, SEGMENT_ATTRIBUTES, SEGMENT_OPS, type SegmentAttribute, type SegmentOp } from './ops';

export { SEGMENT_ATTRIBUTES, SEGMENT_OPS, type SegmentOp };

export const MAX_CONDITIONS = 20;
export const MAX_IN_VALUES = 100;
const MAX_VALUE_CHARACTERS = 200;

/** A date as a condition gives it: `2026-06-30` or an ISO-8601 instant. */
const DATE_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const isAttribute = (field: string): field is SegmentAttribute =>
  (SEGMENT_ATTRIBUTES as readonly string[]).includes(field);

const fieldSchema = z
  .string()
  .refine(
    (field) => isAttribute(field) || (field.startsWith('fields.') && FIELD_KEY_PATTERN.test(field.slice(7))),
    `must be one of ${SEGMENT_ATTRIBUTES.join(', ')} or fields.<key> (a contact field's key: lowercase letters, digits, _)`,
  );

/** What a value must be for a condition, or undefined when it is right. */
function valueProblem(field: string, op: SegmentOp, value: unknown): string | undefined {
  if (op === 'exists' || op === 'notExists') {
    return value === undefined ? undefined : `must not be given with ${op}`;
  }
  if (op === 'in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES)
      return `must be a list of 1 to ${MAX_IN_VALUES} values with in`;
    const bad = value.findIndex((item) => valueProblem(field, 'eq', item) !== undefined);
    return bad === -1 ? undefined : `item ${bad}: ${valueProblem(field, 'eq', value[bad])}`;
  }
  if (typeof value !== 'string') return `must be a text with ${op}`;
  if (op === 'before' || op === 'after') {
    return DATE_VALUE.test(value) && instantOf(value) !== undefined
      ? undefined
      : `must be a date (2026-06-30) or an ISO-8601 instant with ${op}`;
  }
  if (value.trim() === '') return 'must not be empty';
  if (value.length > MAX_VALUE_CHARACTERS) return `must be at most ${MAX_VALUE_CHARACTERS} characters`;
  if (field === 'sex' && value !== 'M' && value !== 'F') return 'must be M or F';
  if (field === 'country' && !/^[A-Za-z]{2}$/.test(value))
    return 'must be a two-letter country code (CI, SN …)';
  if (field === 'group' && !isId(value)) return 'must be a group id';
  return undefined;
}

export const conditionSchema = z
  .strictObject({
    field: fieldSchema,
    op: z.enum(SEGMENT_OPS, { error: `must be one of ${SEGMENT_OPS.join(', ')}` }),
    value: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .superRefine((condition, context) => {
    const { field, op, value } = condition;
    if (isAttribute(field) && !OPS_OF[field].includes(op)) {
      context.addIssue({
        code: 'custom',
        path: ['op'],
        message: `must be one of ${OPS_OF[field].join(', ')} for ${field}`,
      });
      return;
    }
    const problem = valueProblem(field, op, value);
    if (problem) context.addIssue({ code: 'custom', path: ['value'], message: problem });
  });
export type SegmentCondition = z.infer<typeof conditionSchema>;

export const matchSchema = z.enum(['all', 'any']);

const conditionsSchema = z
  .array(conditionSchema)
  .max(MAX_CONDITIONS, `must have at most ${MAX_CONDITIONS} conditions`);

/** What a segment selects: contacts meeting all (or any) of its conditions; none: every contact. */
export const segmentRulesSchema = z.strictObject({
  match: matchSchema.default('all'),
  conditions: conditionsSchema,
});
export type SegmentRules = z.infer<typeof segmentRulesSchema>;

const segmentName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const createSegmentInput = segmentRulesSchema.extend({ name: segmentName });
export type CreateSegmentInput = z.infer<typeof createSegmentInput>;

export const updateSegmentInput = z.strictObject({
  name: segmentName.optional(),
  match: matchSchema.optional(),
  conditions: conditionsSchema.optional(),
});
export type UpdateSegmentInput = z.infer<typeof updateSegmentInput>;

/** How many contacts a segment's count draws across a large account, unless asked `exact`. */
export const SEGMENT_COUNT_SAMPLE = 2_000;

/** Counted one by one even in a large account, where a count is otherwise drawn from a sample. */
const exactSchema = z.boolean().optional();
export const previewSegmentInput = segmentRulesSchema.extend({ exact: exactSchema });
export const countSegmentInput = z.strictObject({ exact: exactSchema });
export const listSegmentsInput = z.strictObject({ page: pageSchema, count: pageSizeSchema });
export const segmentInput = z.strictObject({});

export interface Segment extends SegmentRules {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}
