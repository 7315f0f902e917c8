import { readJson, send } from '../server';
import { customerWrites } from '../builder/customer-writes';
import type { ControlHandler } from './index';

/** `POST /bots/{id}/customer-message { from, text, minutesAgo? }`: the customer writes to the number (a plain bot or a router), now or some minutes ago. */
export const customerControl: ControlHandler = async (request, response, path, store) => {
  const match = /^\/bots\/(?<id>[^/]+)\/customer-message$/.exec(path);
  if (!match || request.method !== 'POST') return false;
  const bot = store.bots.get(match.groups!.id!);
  const body = (await readJson(request)) as { from?: unknown; text?: unknown; minutesAgo?: unknown } | undefined;
  if (!bot || bot.number.role === 'service') return send(response, 404, { error: 'customers write to a number: a plain bot or a router' }), true;
  if (typeof body?.from !== 'string' || typeof body.text !== 'string' || !body.text) return send(response, 400, { error: 'from and text are required' }), true;
  const minutesAgo = typeof body.minutesAgo === 'number' && body.minutesAgo > 0 ? body.minutesAgo : 0;
  send(response, 200, customerWrites(store, bot, body.from, body.text, store.clock() - minutesAgo * 60_000));
  return true;
};
