import { collection, failure, notFound, ok, page } from '../lime-reply';
import { listOrEmpty } from '../empty-collections';
import { contextOf } from '../builder/contexts';
import type { Route } from './router';

const POSTMASTER = 'postmaster@msging.net';

/**
 * Builder user contexts (docs: Builder): list a user's variables (`?withContextValues=true` with their
 * values), read, set and delete one. `stateid@{flowId}` is the user's block in that flow (also written
 * `stateid%40{flowId}`); a router's `Master-State` names the service that gets the user's next message.
 * A user without contexts answers 67, as live probes saw.
 */
export const contextRoutes: Route[] = [
  {
    to: POSTMASTER,
    method: 'get',
    path: /^\/contexts\/(?<identity>[^/]+)$/,
    handle: ({ bot, params, query }) => {
      const context = bot.contexts.get(params.identity!);
      const names = [...(context?.keys() ?? [])];
      const withValues = query.get('withContextValues') === 'true';
      const { items, error } = page(names, query, { defaultTake: 100, maxTake: 1000 });
      if (error) return error;
      if (!withValues) return listOrEmpty(items, 'text/plain', names.length, 'contexts');
      return items.length ? collection(items.map((name) => ({ name, ...context!.get(name)! })), 'text/plain', names.length) : listOrEmpty([], 'text/plain', 0, 'contexts');
    },
  },
  {
    to: POSTMASTER,
    method: 'get',
    path: /^\/contexts\/(?<identity>[^/]+)\/(?<name>[^/]+)$/,
    handle: ({ bot, params }) => {
      const value = bot.contexts.get(params.identity!)?.get(params.name!);
      return value ? ok(value.value, value.type) : notFound();
    },
  },
  {
    to: POSTMASTER,
    method: 'set',
    path: /^\/contexts\/(?<identity>[^/]+)\/(?<name>[^/]+)$/,
    handle: ({ bot, params, command }) => {
      if (!params.identity!.includes('@')) return failure(25, `Invalid identity ${params.identity}`);
      if (command.resource === undefined || command.resource === null) return failure(22, 'The resource is empty');
      const value = typeof command.resource === 'string' ? command.resource : JSON.stringify(command.resource);
      contextOf(bot, params.identity!).set(params.name!, { type: command.type ?? 'text/plain', value });
      return ok();
    },
  },
  {
    to: POSTMASTER,
    method: 'delete',
    path: /^\/contexts\/(?<identity>[^/]+)\/(?<name>[^/]+)$/,
    handle: ({ bot, params }) => {
      bot.contexts.get(params.identity!)?.delete(params.name!);
      return ok();
    },
  },
];
