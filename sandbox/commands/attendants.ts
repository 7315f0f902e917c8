import { page } from '../lime-reply';
import { listOrEmpty } from '../empty-collections';
import type { Route } from './router';

/**
 * Desk agents (docs: "Get all bot's agents"): 20 by default, `$skip`/`$take`, with the documented
 * fields. A bot without Desk (a router) answers "resource not found", as live probes saw.
 */
export const attendantRoutes: Route[] = [
  {
    to: 'postmaster@desk.msging.net',
    method: 'get',
    path: /^\/attendants$/,
    handle: ({ bot, store, query }) => {
      const lastService = (identity: string) => bot.tickets.filter((ticket) => ticket.agentIdentity === identity).map((ticket) => ticket.statusDate ?? ticket.storageDate).sort().at(-1);
      const all = bot.number.attendants.map((attendant) => {
        const identity = `${encodeURIComponent(attendant.email)}@blip.ai`;
        const inService = bot.tickets.filter((ticket) => ticket.agentIdentity === identity && ticket.status === 'Open').length;
        return {
          identity,
          fullName: attendant.fullName,
          email: attendant.email,
          teams: attendant.teams,
          status: attendant.status,
          lastServiceDate: lastService(identity) ?? new Date(store.now - 86_400_000).toISOString(),
          agentSlots: 5,
          ticketsInService: inService,
          isEnabled: true,
        };
      });
      const { items, error } = page(all, query);
      return error ?? listOrEmpty(items, 'application/vnd.iris.desk.attendant+json', all.length, 'desk-without-attendance');
    },
  },
];
