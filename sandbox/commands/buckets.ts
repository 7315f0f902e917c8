import { notFound, notSupported, ok } from '../lime-reply';
import { FLOWS, builderFlowDocument } from '../builder/flows';
import type { Route } from './router';

/**
 * Builder's flow in the bot's bucket: `blip_portal:builder_working_flow` is the key the docs write the
 * flow to ("Change Builder flow"); third-party tools read the published one from
 * `blip_portal:builder_published_flow`. A tenant's switch can hide the published key.
 */
export const bucketRoutes: Route[] = [
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/buckets\/blip_portal(?::|%3A)builder_(?<which>working|published)_flow$/i,
    handle: ({ bot, params }) => {
      const flow = FLOWS[bot.number.id];
      if (params.which === 'published' && !bot.capabilities.builderFlowBucket) return notSupported();
      return flow ? ok(builderFlowDocument(flow), 'application/json') : notFound();
    },
  },
];
