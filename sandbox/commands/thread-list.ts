import { collection, page } from '../lime-reply';
import type { Route } from './router';

const THREE_MONTHS_MS = 90 * 86_400_000;

/**
 * The number's latest threads (docs: "Get last threads"): one per customer with its last message,
 * the most recently active first, 50 by default, `$take` ≤ 100, `$skip`. Only the last three months.
 */
export const threadListRoutes: Route[] = [
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/threads$/,
    handle: ({ bot, query }) => {
      const cutoff = Date.now() - THREE_MONTHS_MS;
      const threads = [...bot.threads.entries()]
        .map(([identity, messages]) => ({ identity, last: messages.reduce<(typeof messages)[number] | undefined>((newest, message) => (!newest || message.date > newest.date ? message : newest), undefined) }))
        .filter((thread) => thread.last && Date.parse(thread.last.date) >= cutoff)
        .sort((a, b) => b.last!.date.localeCompare(a.last!.date))
        .map(({ identity, last }) => ({ ownerIdentity: bot.identity, identity, lastMessage: { id: last!.id, direction: last!.direction, type: last!.type, content: last!.content, date: last!.date }, unreadMessages: 0 }));
      const { items, error } = page(threads, query, { defaultTake: 50 });
      return error ?? collection(items, 'application/vnd.iris.thread+json');
    },
  },
];
