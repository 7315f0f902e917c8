import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { withQuery } from './paging';
import { setMasterState, setUserState } from './contexts';
import { openTicketsOf, ticketSchema, type Ticket } from './tickets';
import { tunnelIdentityOf } from './tunnels';
import type { DeskRouting } from '../domain/installation';

/** The keys of a number for an active message. */
export interface ActiveMessageKeys {
  /** The bot that owns the WhatsApp number: the router in a router setup, else the bot. */
  channel: BlipTransport;
  /** The bot with the Desk: the attendance service in a router setup, else the bot. */
  desk: BlipTransport;
  /** In a router setup, the attendance service's identity (`{identifier}@msging.net`). */
  deskService?: string;
  /** Tunnel id → customer, remembered between sends (router setups). */
  tunnels?: Map<string, string>;
}

export type RouteOutcome = { routedTo: 'desk'; ticket?: Pick<Ticket, 'id' | 'sequentialId' | 'status'> } | { routedTo: 'bot' };

const idsOf = lazySchema(() => collectionSchema(z.object({ customerIdentity: z.string() }).passthrough()));

/**
 * After a template went out, makes the customer's answer reach an agent, as Blip documents it: in a
 * router setup `Master-State` names the attendance service (router key, first); the customer's context
 * moves to the human-service block (`stateid@{flowId}`; with the router key when the services use the
 * router's context); and a ticket opens for the identity the Desk knows (a tunnel identity behind a
 * router; skipped when the service has not met the customer yet: Builder's block opens it on their
 * answer). Without a configured block the answer goes to the bot, and nothing pretends otherwise.
 * Command ids come from `requestId`, so a retry repeats the same writes.
 */
export async function routeReplyToDesk(keys: ActiveMessageKeys, routing: DeskRouting | undefined, customer: string, note: string, requestId: string): Promise<RouteOutcome> {
  if (!routing) return { routedTo: 'bot' };
  const contexts = keys.deskService ? keys.channel : keys.desk;
  if (keys.deskService) await setMasterState(keys.channel, customer, keys.deskService, `${requestId}:master-state`);
  await setUserState(contexts, customer, routing.flowId, routing.stateId, `${requestId}:state`);
  const deskCustomer = await deskIdentityOf(keys, customer);
  if (!deskCustomer) return { routedTo: 'desk' };
  const open = (await openTicketsOf(keys.desk, deskCustomer))[0];
  if (open) return { routedTo: 'desk', ticket: { id: open.id, sequentialId: open.sequentialId, status: open.status } };
  const ticket = await keys.desk.command({ id: `${requestId}:ticket`, to: ADDRESS.desk, method: 'set', uri: `/tickets/${encodeURIComponent(deskCustomer)}`, type: 'text/plain', resource: note }, ticketSchema);
  return { routedTo: 'desk', ticket: { id: ticket.id, sequentialId: ticket.sequentialId, status: ticket.status } };
}

/**
 * How the Desk knows a customer: the channel identity, or behind a router the tunnel identity of the
 * attendance service (undefined when the service never met them).
 */
export function deskIdentityOf(keys: Pick<ActiveMessageKeys, 'desk' | 'deskService' | 'tunnels'>, customer: string): Promise<string | undefined> {
  if (!keys.deskService) return Promise.resolve(customer);
  return tunnelIdentityOf(keys.desk, customer, keys.tunnels ?? new Map(), () => recentCustomers(keys.desk));
}

/** Customers of the Desk's recent tickets, open then closed, newest first. */
async function recentCustomers(desk: BlipTransport): Promise<string[]> {
  const read = (closed: boolean) => desk.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/tickets', { $take: 100, ...(closed ? { $closed: true } : {}) }) }, idsOf).then((page) => page.items.map((item) => item.customerIdentity));
  return [...(await read(false)), ...(await read(true))];
}
