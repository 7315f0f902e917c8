import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { agentEmailOf } from '../domain/agent-identity';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { collectAll, withQuery } from './paging';

export const attendantSchema = lazySchema(() => z.object({
  identity: z.string(),
  fullName: z.string().nullish(),
  email: z.string().nullish(),
  teams: z.array(z.string()).nullish(),
  status: z.string().nullish(),
  /** When the agent last had a ticket. */
  lastServiceDate: z.string().nullish(),
  /** The agent's own ticket limit; absent = the bot's default. */
  agentSlots: z.number().nullish(),
  ticketsInService: z.number().nullish(),
  /** Seen live, not in the docs. */
  isEnabled: z.boolean().nullish(),
}));

export type Attendant = z.infer<typeof attendantSchema>;

const attendantsPage = lazySchema(() => collectionSchema(attendantSchema));

/** Every Desk attendant of the number (blip-api.md §8). */
export function listAttendants(transport: BlipTransport): Promise<Attendant[]> {
  return collectAll((skip, take) =>
    transport.command(
      { to: ADDRESS.desk, method: 'get', uri: withQuery('/attendants', { $skip: skip, $take: take }) },
      attendantsPage,
    ),
  );
}

/**
 * The e-mail behind an attendant. Desk identities are the URL-encoded e-mail at `blip.ai`
 * (`ana%40acme.com@blip.ai`), sometimes returned decoded (blip-api.md §3.2).
 */
export function attendantEmail(attendant: Attendant): string {
  return (attendant.email?.trim() || agentEmailOf(attendant.identity)).toLowerCase();
}

/** Desk identity of an agent from the e-mail used in Blip Desk. */
export function agentIdentity(email: string): string {
  return `${encodeURIComponent(email.trim().toLowerCase())}@blip.ai`;
}
