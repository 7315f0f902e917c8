import { ok } from '../lime-reply';
import type { Route } from './router';

/** The bot's own account (unofficial `get /account`) and the documented connectivity check `get /ping`. */
export const accountRoutes: Route[] = [
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/account$/,
    handle: ({ bot }) => ok({ identity: bot.identity, fullName: bot.number.name }, 'application/vnd.lime.account+json'),
  },
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/ping$/,
    handle: () => ok({}, 'application/vnd.lime.ping+json'),
  },
];
