import { notFound, ok } from '../lime-reply';
import type { Route } from './router';

/** A tunnel (docs: "Get a tunnel info"), visible to its owner (the router) and its destination (the service). */
export const tunnelRoutes: Route[] = [
  {
    to: 'postmaster@tunnel.msging.net',
    method: 'get',
    path: /^\/tunnels\/(?<id>[^/]+)$/,
    handle: ({ bot, store, params }) => {
      const tunnel = store.tunnels.get(params.id!.replace(/@.*$/, ''));
      if (!tunnel || (tunnel.owner !== bot.identity && tunnel.destination !== bot.identity)) return notFound();
      return ok({ owner: tunnel.owner, originator: tunnel.originator, destination: tunnel.destination }, 'application/vnd.iris.tunnel+json');
    },
  },
];
