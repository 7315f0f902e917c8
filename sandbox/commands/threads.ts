import { collection, page } from '../lime-reply';
import { withDeliveryStatus } from '../messaging/thread-view';
import type { Route } from './router';

const THREE_MONTHS_MS = 90 * 86_400_000;

/**
 * A customer's thread (docs: "Get last messages"): newest first, 20 by default, `$take` ≤ 100,
 * `$skip`, and a cursor by `storageDate` (UTC or with an offset) + `direction` (`desc` before it, `asc`
 * after it, then oldest first). Only the last three months; sent messages carry their delivery status.
 */
export const threadRoutes: Route[] = [
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/threads\/(?<identity>[^/]+)$/,
    handle: ({ bot, store, params, query }) => {
      const all = bot.threads.get(params.identity!) ?? [];
      const reference = query.get('storageDate');
      const referenceAt = reference ? Date.parse(reference) : NaN;
      const direction = query.get('direction') ?? 'desc';
      const cutoff = store.clock() - THREE_MONTHS_MS;
      let items = all.filter((message) => Date.parse(message.date) >= cutoff);
      if (!Number.isNaN(referenceAt)) items = items.filter((message) => (direction === 'asc' ? Date.parse(message.date) > referenceAt : Date.parse(message.date) < referenceAt));
      items = direction === 'asc' && !Number.isNaN(referenceAt) ? items : [...items].reverse();
      const { items: slice, error } = page(items, query, { defaultTake: 20 });
      return error ?? collection(withDeliveryStatus(store, slice), 'application/vnd.iris.thread-message+json', items.length);
    },
  },
];
