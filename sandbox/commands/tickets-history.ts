import { collection, failure, notFound, notSupported, page } from '../lime-reply';
import { parseFilter } from '../odata-filter';
import { withDeliveryStatus } from '../messaging/thread-view';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const TICKET_TYPE = 'application/vnd.iris.ticket+json';

/**
 * Ticket history and a ticket's messages.
 * - `/tickets/history/metadata` (unofficial, blip-api.md §6.3): `$filter` over ticket fields, newest
 *   first, `$take` ≤ 100; a tenant without it answers 62.
 * - `/tickets/{id}/messages` (docs): "not just ticket messages, but all messages received and sent from
 *   the customer" — the customer's thread, newest first unless `$ascending=true`, `$take` ≤ 100 (20 by
 *   default). Behind a router the attendance service knows the customer by a tunnel identity;
 *   `getFromOwnerIfTunnel=true` reads the router's (owner's) thread instead. `$skip` is not in the docs:
 *   honoured unless the tenant's switch says otherwise.
 */
export const ticketHistoryRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/tickets\/history\/metadata$/,
    handle: ({ bot, query }) => {
      if (!bot.capabilities.historyMetadata) return notSupported();
      let tickets = bot.tickets.filter((ticket) => ticket.closed);
      const filter = query.get('$filter');
      if (filter) {
        try {
          const predicate = parseFilter(filter);
          tickets = tickets.filter((ticket) => predicate(ticket as unknown as Record<string, unknown>));
        } catch (error) {
          return failure(64, `Invalid filter: ${(error as Error).message}`);
        }
      }
      const sorted = [...tickets].sort((a, b) => b.storageDate.localeCompare(a.storageDate));
      const { items, error } = page(sorted, query);
      return error ?? collection(items, TICKET_TYPE, sorted.length);
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/tickets\/(?<id>[^/]+)\/messages$/,
    handle: ({ bot, store, params, query }) => {
      const ticket = bot.tickets.find((candidate) => candidate.id === params.id);
      if (!ticket) return notFound();
      let thread = bot.threads.get(ticket.customerIdentity) ?? [];
      const tunnel = ticket.customerIdentity.endsWith('@tunnel.msging.net') ? store.tunnels.get(ticket.customerIdentity.replace(/@.*$/, '')) : undefined;
      const owner = tunnel && query.get('getFromOwnerIfTunnel') === 'true' ? store.byIdentity(tunnel.owner) : undefined;
      if (owner && tunnel) thread = owner.threads.get(tunnel.originator) ?? [];
      const ordered = query.get('$ascending') === 'true' ? thread : [...thread].reverse();
      const { items, error } = page(ordered, query, { skip: bot.capabilities.ticketMessagesSkip });
      return error ?? collection(withDeliveryStatus(store, items), 'application/vnd.iris.thread-message+json', ordered.length);
    },
  },
];
