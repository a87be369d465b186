import type { z } from 'zod';
import { type FieldIssue, validationError } from '../errors';

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Every problem zod found, one entry per field, named by its dotted path (`contacts.3.phone`). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: pathOf([...issue.path, key]),
        message: 'is not a known field',
      }));
    }
    // A record's key (a contact field's): what is wrong with the key itself.
    if (issue.code === 'invalid_key') {
      return issue.issues.map((inner) => ({ path: pathOf(issue.path), message: `key ${inner.message}` }));
    }
    return [{ path: pathOf(issue.path), message: issue.message }];
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Strings no field may hold, wherever they are in a body: a lone UTF-16 surrogate (JSON's `\ud800`
 * escape allows it; UTF-8, and so DynamoDB and every AWS API, cannot carry it) and NUL (a C string's end
 * to whatever reads it next). Keys are read too: a refused character names its field anyway.
 */
export function unwritableStrings(value: unknown, path: PropertyKey[] = []): FieldIssue[] {
  const problem = (text: string) =>
    LONE_SURROGATE.test(text)
      ? 'holds a lone UTF-16 surrogate (half of a character), which cannot be stored'
      : text.includes('\u0000')
        ? 'holds a NUL character (\\u0000), which is not allowed'
        : undefined;
  if (typeof value === 'string') {
    const found = problem(value);
    return found ? [{ path: pathOf(path), message: found }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unwritableStrings(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => {
      const found = problem(key);
      if (!found) return unwritableStrings(inner, [...path, key]);
      // The name as JSON escapes it: the broken character shown, not sent back as is.
      return [{ path: pathOf([...path, JSON.stringify(key).slice(1, -1)]), message: `its name ${found}` }];
    });
  }
  return [];
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const unwritable = unwritableStrings(value);
  if (unwritable.length > 0) throw validationError(unwritable);
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldIssues(result.error));
  return result.data;
}
