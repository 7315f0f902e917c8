import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BotState, SandboxStore } from './store';

/** A write (a command other than `get`, or a message) that reached processing. */
export interface Landing {
  id: string;
  path: '/commands' | '/messages';
  method?: string;
  uri?: string;
  to?: string;
  at: string;
}

const landings = new WeakMap<BotState, Landing[]>();

/**
 * Records every write that reaches processing, a repeated envelope id included. Blip's docs ask
 * senders not to reuse an id and promise nothing when they do, so a client that sends the same write
 * twice must show up here twice, even though this sandbox answers the repeat without applying it.
 */
export function recordLanding(bot: BotState, path: string, body: unknown): void {
  const envelope = (body ?? {}) as { id?: unknown; method?: unknown; uri?: unknown; to?: unknown };
  if (path === '/commands' && envelope.method === 'get') return;
  const list = landings.get(bot) ?? [];
  list.push({
    id: String(envelope.id ?? ''),
    path: path === '/messages' ? '/messages' : '/commands',
    method: typeof envelope.method === 'string' ? envelope.method : undefined,
    uri: typeof envelope.uri === 'string' ? envelope.uri : undefined,
    to: typeof envelope.to === 'string' ? envelope.to : undefined,
    at: new Date().toISOString(),
  });
  landings.set(bot, list);
}

/** `GET /_sandbox/bots/{id}/landings`: the bot's landings, oldest first. Answers whether it handled the request. */
export function landingsControl(request: IncomingMessage, response: ServerResponse, path: string, store: SandboxStore): boolean {
  const match = /^\/bots\/([^/?]+)\/landings$/.exec(path);
  const bot = match && store.bots.get(match[1]!);
  if (request.method !== 'GET' || !bot) return false;
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(landings.get(bot) ?? []));
  return true;
}
