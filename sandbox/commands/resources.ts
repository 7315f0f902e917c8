import { collection, notFound, ok } from '../lime-reply';
import type { Route } from './router';

/** Bot resources (blip-api.md §11): `get`/`set`/`delete /resources/{key}`. */
export const resourceRoutes: Route[] = [
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/resources$/,
    handle: ({ bot }) => collection([...bot.resources.keys()], 'text/plain', bot.resources.size),
  },
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/resources\/(?<key>[^/]+)$/,
    handle: ({ bot, params }) => {
      const resource = bot.resources.get(params.key!);
      return resource ? ok(resource.value, resource.type) : notFound();
    },
  },
  {
    to: 'postmaster@msging.net',
    method: 'set',
    path: /^\/resources\/(?<key>[^/]+)$/,
    handle: ({ bot, params, command }) => {
      bot.resources.set(params.key!, { type: command.type ?? 'text/plain', value: command.resource });
      return ok();
    },
  },
  {
    to: 'postmaster@msging.net',
    method: 'delete',
    path: /^\/resources\/(?<key>[^/]+)$/,
    handle: ({ bot, params }) => (bot.resources.delete(params.key!) ? ok() : notFound()),
  },
];
