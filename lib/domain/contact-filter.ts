import './zod-setup';
import { z } from 'zod';
import { phoneDigits } from './phone';
import { lazySchema } from './lazy-schema';

export const CONTACT_FILTER_LIMITS = { text: 100, document: 30, identity: 200 } as const;

const optionalText = (max: number) => z.string().trim().max(max, 'too-long').optional().transform((value) => value || undefined);
const isoDay = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date-format')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'date-format')
    .optional()
    .or(z.literal('').transform(() => undefined));

/** The Contactos filters (spec: period, name, e-mail, phone, city, document, ID), validated as typed and in the background. */
export const contactFilterSchema = lazySchema(() =>
  z
    .object({
      name: optionalText(CONTACT_FILTER_LIMITS.text),
      email: optionalText(CONTACT_FILTER_LIMITS.text).refine((value) => !value || /^[^\s'@]+(@[^\s']*)?$/.test(value), 'email-format'),
      phone: optionalText(CONTACT_FILTER_LIMITS.text).refine((value) => !value || /^\+?[\d\s().-]+$/.test(value), 'phone-format'),
      city: optionalText(CONTACT_FILTER_LIMITS.text),
      taxDocument: optionalText(CONTACT_FILTER_LIMITS.document).refine((value) => !value || /^[\w./-]+$/.test(value), 'document-format'),
      identity: optionalText(CONTACT_FILTER_LIMITS.identity).refine((value) => !value || !/\s/.test(value), 'identity-format'),
      /** Last interaction from / to, inclusive days (YYYY-MM-DD, UTC). */
      from: isoDay(),
      to: isoDay(),
    })
    .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: 'period-order', path: ['to'] }),
);

export type ContactFilter = z.output<typeof contactFilterSchema>;
export type ContactFilterInput = z.input<typeof contactFilterSchema>;

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const dateLiteral = (iso: string) => `datetimeoffset'${iso}'`;

/**
 * The `$filter` for Blip's contact list (blip-api.md §4.3): prefixes with `startswith` (Blip
 * recommends it over `substringof`), the phone as digits inside the stored phone or the identity,
 * the ID exactly, and the period on `lastmessagedate`. Undefined when nothing is filtered.
 */
export function contactFilterToOData(filter: ContactFilter): string | undefined {
  const clauses: string[] = [];
  if (filter.name) clauses.push(`startswith(name,${odataString(filter.name)})`);
  if (filter.email) clauses.push(`startswith(email,${odataString(filter.email)})`);
  if (filter.city) clauses.push(`startswith(city,${odataString(filter.city)})`);
  if (filter.taxDocument) clauses.push(`startswith(taxdocument,${odataString(filter.taxDocument)})`);
  if (filter.identity) clauses.push(`identity eq ${odataString(filter.identity)}`);
  if (filter.phone) {
    const digits = odataString(phoneDigits(filter.phone));
    clauses.push(`(substringof(${digits},phonenumber) or substringof(${digits},identity))`);
  }
  if (filter.from) clauses.push(`lastmessagedate ge ${dateLiteral(`${filter.from}T00:00:00.000Z`)}`);
  if (filter.to) clauses.push(`lastmessagedate le ${dateLiteral(`${filter.to}T23:59:59.999Z`)}`);
  return clauses.length ? clauses.map((clause) => (clause.startsWith('(') ? clause : `(${clause})`)).join(' and ') : undefined;
}

/** Filter for an incremental sync: contacts whose last interaction is at or after `since` (ISO). */
export function changedSince(since: string, until?: string): string {
  const lower = `(lastmessagedate ge ${dateLiteral(since)})`;
  return until ? `${lower} and (lastmessagedate le ${dateLiteral(until)})` : lower;
}
