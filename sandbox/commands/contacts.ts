import { collection, notFound, ok, page } from '../lime-reply';
import type { Route } from './router';

/** CRM contacts (blip-api.md §4): listing with paging; filters are added with the features that use them. */
export const contactRoutes: Route[] = [
  {
    to: 'postmaster@crm.msging.net',
    method: 'get',
    path: /^\/contacts$/,
    handle: ({ bot, query }) => {
      const { items, error } = page(bot.contacts, query, { maxTake: 30_000, defaultTake: 100 });
      return error ?? collection(items, 'application/vnd.lime.contact+json', bot.contacts.length);
    },
  },
  {
    to: 'postmaster@crm.msging.net',
    method: 'get',
    path: /^\/contacts\/(?<identity>[^/]+)$/,
    handle: ({ bot, params }) => {
      const contact = bot.contacts.find((candidate) => candidate.identity === params.identity);
      return contact ? ok(contact, 'application/vnd.lime.contact+json') : notFound();
    },
  },
];
