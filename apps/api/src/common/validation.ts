import { z } from 'zod';
import { AppError } from './errors.js';
import { cleanFreeText, findUnsafeNameCharacter } from './text.util.js';

/**
 * Validates untrusted input against a zod schema. The first problem becomes BAD_USER_INPUT with a
 * message that names the field (`handle: …`) and `extensions.field`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'input';
  throw new AppError('BAD_USER_INPUT', `${field}: ${issue?.message ?? 'is invalid'}`, { field });
}

/** A string with a length bound checked before anything else looks at it (1 MB inputs stay cheap). */
export function boundedString(max: number, min = 0) {
  return z
    .string({ error: 'must be text' })
    .max(max, `must be at most ${max} characters`)
    .min(min, min === 1 ? 'is required' : `must be at least ${min} characters`);
}

/** An http(s) URL of at most 2048 characters. */
export const webUrl = z
  .string({ error: 'must be text' })
  .trim()
  .max(2048, 'must be at most 2048 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname);
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/**
 * A name shown as someone's or something's name (display name, folder, custom title): trimmed, at most
 * `max` characters, and refused when it holds control, bidi or invisible characters (text.util.ts).
 */
export function nameText(max: number) {
  return boundedString(max)
    .trim()
    .superRefine((value, context) => {
      const char = findUnsafeNameCharacter(value);
      if (char) {
        context.addIssue({
          code: 'custom',
          message: `may not contain control, invisible or text-direction characters (${char})`,
        });
      }
    });
}

/**
 * Free text (bio, notes, reasons): at most `max` characters as sent, then cleaned of control, bidi
 * override and invisible characters (line breaks kept, text.util.ts) and trimmed.
 */
export function freeText(max: number) {
  return boundedString(max).transform((value) => cleanFreeText(value).trim());
}
