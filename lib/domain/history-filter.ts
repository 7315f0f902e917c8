import './zod-setup';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/** Tickets older than this are not in Blip's history (the spec: "los últimos 3 meses"). */
export const HISTORY_DAYS = 90;

/** Desk statuses as the history filter offers them (blip-api.md §6.2). */
export const TICKET_STATUSES = ['Waiting', 'Open', 'Assigned', 'ClosedAttendant', 'ClosedClient', 'Transferred'] as const;

export const historyQuerySchema = lazySchema(() => z.object({
  installationId: z.string(),
  /** Inclusive period, ISO dates (yyyy-mm-dd), clamped to the last 90 days. */
  from: z.iso.date(),
  to: z.iso.date(),
  status: z.enum(TICKET_STATUSES).optional(),
  agentIdentity: z.string().max(320).optional(),
  /** Part of the customer's identity or phone digits. */
  customer: z.string().trim().max(80).optional(),
  skip: z.number().int().min(0).max(10_000),
  take: z.number().int().min(1).max(100),
}));

export type HistoryQuery = z.infer<typeof historyQuerySchema>;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const DAY = 86_400_000;

/**
 * The OData `$filter` for `/tickets/history/metadata`: the period (never older than 90 days before
 * `now`), and the optional status, agent and customer. Customer text matches identities by substring;
 * a phone typed with formatting matches by its digits.
 */
export function historyFilter(query: HistoryQuery, now: number): string {
  const oldest = now - HISTORY_DAYS * DAY;
  const from = Math.max(Date.parse(`${query.from}T00:00:00.000Z`), oldest);
  const to = Date.parse(`${query.to}T23:59:59.999Z`);
  const clauses = [`storageDate ge datetimeoffset'${new Date(from).toISOString()}'`, `storageDate le datetimeoffset'${new Date(to).toISOString()}'`];
  if (query.status) clauses.push(`status eq ${quote(query.status)}`);
  if (query.agentIdentity) clauses.push(`agentIdentity eq ${quote(query.agentIdentity)}`);
  const customer = query.customer?.trim();
  if (customer) {
    const digits = customer.replace(/\D+/g, '');
    const needle = /^[\d\s()+.-]+$/.test(customer) && digits.length >= 3 ? digits : customer;
    clauses.push(`substringof(${quote(needle)},customerIdentity)`);
  }
  return clauses.join(' and ');
}
