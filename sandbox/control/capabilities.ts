import { readJson, send } from '../server';
import { mergeCapabilities } from '../capabilities';
import type { ControlHandler } from './index';

/** `GET|POST /bots/{id}/capabilities`: read or switch what the tenant answers beyond the docs. */
export const capabilitiesControl: ControlHandler = async (request, response, path, store) => {
  const match = /^\/bots\/(?<id>[^/]+)\/capabilities$/.exec(path);
  const bot = match && store.bots.get(match.groups!.id!);
  if (!bot) return false;
  if (request.method === 'POST') {
    const merged = mergeCapabilities(bot.capabilities, ((await readJson(request)) ?? {}) as Record<string, unknown>);
    if (typeof merged === 'string') return send(response, 400, { error: merged }), true;
    bot.capabilities = merged;
  }
  send(response, 200, bot.capabilities);
  return true;
};
