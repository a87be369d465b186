import * as z from 'zod';
import { normalisePhone } from './phone';
import { FIELD_KEY_PATTERN, isBuiltInVariable } from './render';
import { countCodePoints, MAX_SEGMENTS, MAX_TEXT_CHARACTERS, measureText } from './segments';

/** A phone number as customers write it, normalised to digits with the country code. */
export const phoneSchema = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform((value, context) => {
    const result = normalisePhone(String(value));
    if (!result.ok) {
      context.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.phone;
  });

/** A message as written: 1 to 1,600 characters. */
export const messageTextSchema = z
  .string()
  .min(1, 'must not be empty')
  .refine(
    (text) => countCodePoints(text) <= MAX_TEXT_CHARACTERS,
    `must be at most ${MAX_TEXT_CHARACTERS} characters`,
  );

/** A message to send: also at most 10 segments as written (each recipient's rendering is checked again). */
export const sendableTextSchema = messageTextSchema.refine(
  (text) => measureText(text).segments <= MAX_SEGMENTS,
  `must fit in ${MAX_SEGMENTS} segments (1,530 GSM-7 characters, or 670 when a character forces UCS-2)`,
);

const nameSchema = z.string().trim().max(100, 'must be at most 100 characters');

export const MAX_CONTACT_FIELDS = 30;
export const MAX_FIELD_VALUE_CHARACTERS = 200;

/** A contact field's key: what a text names it by (`@montant`), so never a built-in variable's name. */
export const fieldKeySchema = z
  .string()
  .regex(FIELD_KEY_PATTERN, 'must be a lowercase letter then up to 31 lowercase letters, digits or _')
  .refine((key) => !isBuiltInVariable(key), 'is the name of a built-in variable (@nom, @prenom …)');

const fieldValueSchema = z
  .string()
  .max(MAX_FIELD_VALUE_CHARACTERS, `must be at most ${MAX_FIELD_VALUE_CHARACTERS} characters`);

const atMostFields = (fields: Record<string, unknown>) => Object.keys(fields).length <= MAX_CONTACT_FIELDS;
const AT_MOST_FIELDS = `must have at most ${MAX_CONTACT_FIELDS} fields`;

/** A contact's own fields, `{ key: value }`. */
export const customFieldsSchema = z
  .record(fieldKeySchema, fieldValueSchema)
  .refine(atMostFields, AT_MOST_FIELDS);

/** Fields to change on a saved contact: a `null` value removes that field. */
export const fieldChangesSchema = z
  .record(fieldKeySchema, fieldValueSchema.nullable())
  .refine(atMostFields, AT_MOST_FIELDS);

/** What personalisation reads of a contact. */
export const contactFieldsSchema = z.strictObject({
  phone: phoneSchema,
  name: nameSchema.optional(),
  firstName: nameSchema.optional(),
  lastName: nameSchema.optional(),
  sex: z.enum(['M', 'F']).optional(),
  fields: customFieldsSchema.optional(),
});

/** What `contact/{id}/update` may change (its phone is what the contact is). */
export const contactChangesSchema = z.strictObject({
  name: nameSchema.nullable().optional(),
  firstName: nameSchema.nullable().optional(),
  lastName: nameSchema.nullable().optional(),
  sex: z.enum(['M', 'F']).nullable().optional(),
  fields: fieldChangesSchema.optional(),
});
