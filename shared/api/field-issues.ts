/** A form's errors from the API's own schema, so the form says what the API would, every field at once. */
import type { z } from 'zod';

/**
 * The first message for each field `schema` refuses in `value`, keyed by `fieldOf` (the form's name for an
 * API path such as ["kids", 1, "name"]).
 */
export function refusedFields(
  schema: z.ZodType,
  value: unknown,
  fieldOf: (path: string[]) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of schema.safeParse(value).error?.issues ?? []) {
    errors[fieldOf(issue.path.map(String))] ??= issue.message;
  }
  return errors;
}
