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
    return [{ path: pathOf(issue.path), message: issue.message }];
  });
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldIssues(result.error));
  return result.data;
}
