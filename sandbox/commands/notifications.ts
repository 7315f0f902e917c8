import { collection, page } from '../lime-reply';
import { notificationsOf } from '../messaging/delivery';
import type { Route } from './router';

const THREE_DAYS_MS = 3 * 86_400_000;

/**
 * Logged notifications (docs: "Get notifications of a message"): `?id={messageId}` for one message,
 * else the bot's last ones; only messages of the last three days; `$take` ≤ 100 (100 by default).
 */
export const notificationRoutes: Route[] = [
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/notifications$/,
    handle: ({ bot, store, query }) => {
      const now = store.clock();
      const id = query.get('id');
      const recent = bot.messages.filter((message) => now - Date.parse(message.at) <= THREE_DAYS_MS && (!id || message.id === id));
      const all = recent.flatMap((message) => notificationsOf(message, bot.identity, now, store.deliveryStepMs)).reverse();
      const { items, error } = page(all, query, { defaultTake: 100 });
      return error ?? collection(items, 'application/vnd.lime.notification+json', all.length);
    },
  },
];
