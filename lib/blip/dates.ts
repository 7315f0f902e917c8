import { z } from 'zod';

/** Blip writes dates as ISO 8601 (`2026-11-25T14:36:00.000Z`, sometimes with an offset or no zone). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Epoch ms of a Blip date, or undefined when the text is not one. */
export function readBlipDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value.trim())) return undefined;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A date the item cannot do without (a message's date, a ticket's creation): an unreadable one makes
 * the item malformed (left out and counted in a collection, a clear error alone), never a RangeError
 * while drawing. Normalised to ISO 8601 in UTC.
 */
export const blipDate = z.string().transform((value, context) => {
  const ms = readBlipDate(value);
  if (ms === undefined) {
    context.addIssue({ code: 'custom', message: 'invalid-date' });
    return z.NEVER;
  }
  return new Date(ms).toISOString();
});

/** A date the item can do without (closing, last interaction): missing or unreadable, it is absent. */
export const optionalBlipDate = z
  .unknown()
  .transform((value) => {
    const ms = readBlipDate(value);
    return ms === undefined ? undefined : new Date(ms).toISOString();
  })
  .optional();
