import { collection, failure, ok, page } from '../lime-reply';
import { parseFilter } from '../odata-filter';
import type { SandboxTicket } from '../store';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const TICKET_TYPE = 'application/vnd.iris.ticket+json';

/** Live tickets (blip-api.md §6.3–6.4): `get /tickets?$filter=…` and opening one for a customer. */
export const liveTicketRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/tickets$/,
    handle: ({ bot, query }) => {
      const filter = query.get('$filter');
      let tickets = bot.tickets;
      if (filter) {
        if (/status eq 'closed'/i.test(filter)) return failure(61, 'Unable to perform operation');
        try {
          const predicate = parseFilter(filter);
          tickets = tickets.filter((ticket) => predicate(ticket as unknown as Record<string, unknown>));
        } catch (error) {
          return failure(64, `Invalid filter: ${(error as Error).message}`);
        }
      }
      const { items, error } = page(tickets, query);
      return error ?? collection(items, TICKET_TYPE, tickets.length);
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
      return ok(ticket, TICKET_TYPE);
    },
  },
  {
    to: DESK,
    method: 'set',
    path: /^\/tickets\/(?<customer>[^/]+)$/,
    handle: ({ bot, params }) => {
      const now = new Date().toISOString();
      const sequentialId = Math.max(999, ...bot.tickets.map((ticket) => ticket.sequentialId)) + 1;
      const ticket: SandboxTicket = {
        id: `${bot.number.id}-t${sequentialId}`,
        sequentialId,
        ownerIdentity: bot.identity,
        customerIdentity: params.customer!,
        customerDomain: params.customer!.split('@')[1] ?? 'wa.gw.msging.net',
        provider: 'Lime',
        status: 'Waiting',
        storageDate: now,
        statusDate: now,
        closed: false,
        team: 'Default',
        tags: [],
        unreadMessages: 0,
      };
      bot.tickets.unshift(ticket);
      return ok(ticket, TICKET_TYPE);
    },
  },
];
