import { readJson, send } from '../server';
import { customerWrites } from '../builder/customer-writes';
import type { ControlHandler } from './index';

/** `POST /bots/{id}/customer-message { from, text }`: the customer writes to the number (a plain bot or a router). */
export const customerControl: ControlHandler = async (request, response, path, store) => {
  const match = /^\/bots\/(?<id>[^/]+)\/customer-message$/.exec(path);
  if (!match || request.method !== 'POST') return false;
  const bot = store.bots.get(match.groups!.id!);
  const body = (await readJson(request)) as { from?: unknown; text?: unknown } | undefined;
  if (!bot || bot.number.role === 'service') return send(response, 404, { error: 'customers write to a number: a plain bot or a router' }), true;
  if (typeof body?.from !== 'string' || typeof body.text !== 'string' || !body.text) return send(response, 400, { error: 'from and text are required' }), true;
  send(response, 200, customerWrites(store, bot, body.from, body.text));
  return true;
};
