import { collection, failure, ok, page } from '../lime-reply';
import { parseFilter } from '../odata-filter';
import { openTicket } from '../desk/tickets';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const TICKET_TYPE = 'application/vnd.iris.ticket+json';

/**
 * Desk tickets (docs): `get /tickets` lists the tickets still open (waiting, assigned, in attendance),
 * or the closed ones with `$closed=true`, filtered by `$filter` (a `status eq 'closed'` filter fails, as
 * live probes saw), `$take` ≤ 100; `get /ticket/{id}`; `set /tickets/{customer}` opens a ticket with a
 * context (the customer's open ticket if there is one); `change-tags`.
 */
export const liveTicketRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/tickets$/,
    handle: ({ bot, query }) => {
      const filter = query.get('$filter');
      const closed = query.get('$closed') === 'true';
      let tickets = bot.tickets.filter((ticket) => ticket.closed === closed);
      if (filter) {
        if (/status\s+eq\s+'closed'/i.test(filter)) return failure(61, `Unable to perform operation '${filter}'`);
        try {
          const predicate = parseFilter(filter);
          tickets = tickets.filter((ticket) => predicate(ticket as unknown as Record<string, unknown>));
        } catch (error) {
          return failure(64, `Invalid filter: ${(error as Error).message}`);
        }
      }
      const { items, error } = page(tickets, query);
      // The docs' empty answer has no total.
      return error ?? collection(items, TICKET_TYPE, tickets.length ? tickets.length : undefined);
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/ticket\/(?<id>[^/]+)$/,
    handle: ({ bot, params }) => {
      const ticket = bot.tickets.find((candidate) => candidate.id === params.id);
      return ticket ? ok(ticket, TICKET_TYPE) : failure(67, 'The requested resource was not found');
    },
  },
  {
    to: DESK,
    method: 'set',
    path: /^\/tickets\/(?<id>[^/]+)\/change-tags$/,
    handle: ({ bot, params, command }) => {
      const ticket = bot.tickets.find((candidate) => candidate.id === params.id);
      const tags = (command.resource as { tags?: unknown } | undefined)?.tags;
      if (!ticket) return failure(67, 'Ticket not found');
      if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) return failure(21, 'tags must be a list of strings');
      ticket.tags = tags as string[];
      return ok();
    },
  },
  {
    to: DESK,
    method: 'set',
    path: /^\/tickets\/(?<customer>(?!change-status)[^/]+)$/,
    handle: ({ bot, store, params, command }) => {
      const customer = params.customer!;
      if (!customer.includes('@')) return failure(25, `Invalid customer identity ${customer}`);
      const input = command.resource === undefined ? undefined : { type: command.type ?? 'text/plain', value: command.resource };
      return ok(openTicket(bot, customer, input, store.clock()), TICKET_TYPE);
    },
  },
];
