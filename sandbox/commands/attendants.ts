import { collection, page } from '../lime-reply';
import type { Route } from './router';

export const attendantRoutes: Route[] = [
  {
    to: 'postmaster@desk.msging.net',
    method: 'get',
    path: /^\/attendants$/,
    handle: ({ bot, query }) => {
      const all = bot.number.attendants.map((attendant) => ({
        identity: `${encodeURIComponent(attendant.email)}@blip.ai`,
        fullName: attendant.fullName,
        email: attendant.email,
        teams: attendant.teams,
        status: attendant.status,
        isEnabled: true,
      }));
      const { items, error } = page(all, query);
      return error ?? collection(items, 'application/vnd.iris.desk.attendant+json', all.length);
    },
  },
];
