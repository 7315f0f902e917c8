import { ok } from '../lime-reply';
import type { Route } from './router';

export const accountRoutes: Route[] = [
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/account$/,
    handle: ({ bot }) => ok({ identity: bot.identity, fullName: bot.number.name }, 'application/vnd.lime.account+json'),
  },
];
