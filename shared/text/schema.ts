import * as z from 'zod';
import { normalisePhone } from './phone';
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

/** What personalisation reads of a contact. */
export const contactFieldsSchema = z.strictObject({
  phone: phoneSchema,
  name: nameSchema.optional(),
  firstName: nameSchema.optional(),
  lastName: nameSchema.optional(),
  sex: z.enum(['M', 'F']).optional(),
});
