import { collection, failure, notFound, ok, page } from '../lime-reply';
import { parseFilter } from '../odata-filter';
import { ticketMessages } from '../data/history-tickets';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const TICKET_TYPE = 'application/vnd.iris.ticket+json';

/**
 * Ticket history (blip-api.md §6.3): `/tickets/history/metadata` with `$filter` over ticket fields,
 * newest first, `$take` ≤ 100; and a ticket's messages (§6.5) with `$take`, `$skip`, `$ascending`.
 */
export const ticketHistoryRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/tickets\/history\/metadata$/,
    handle: ({ bot, query }) => {
      let tickets = bot.tickets;
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
    path: /^\/ticket\/(?<id>[^/]+)$/,
    handle: ({ bot, params }) => {
      const ticket = bot.tickets.find((candidate) => candidate.id === params.id);
      return ticket ? ok(ticket, TICKET_TYPE) : notFound();
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/tickets\/(?<id>[^/]+)\/messages$/,
    handle: ({ bot, params, query }) => {
      const all = ticketMessages.get(bot)?.get(params.id!);
      if (!all) return notFound();
      const ascending = query.get('$ascending') === 'true';
      const ordered = ascending ? all : [...all].reverse();
      const { items, error } = page(ordered, query);
      return error ?? collection(items, 'application/vnd.iris.thread-message+json', all.length);
    },
  },
];
