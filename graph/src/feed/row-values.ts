import { z } from 'zod';

// What the feed's row mappings share: the values SharePoint columns hold, and how they are read back.

export type Fields = Record<string, unknown>;

export const iso = (date: Date) => date.toISOString();

export const id = z.string().min(1);
export const date = z.iso.datetime({ offset: true });
// SharePoint leaves empty fields out of `fields`; a cleared one may come back as null.
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

/** A column holding JSON: parsed, then checked like any other value. */
export function json<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** A key column must say what its parts say: a hand-edited key could let a second like of the same thing in. */
export function keyMatches(key: string, expected: () => string): boolean {
  try {
    return expected() === key.toLowerCase();
  } catch {
    return false;
  }
}
