import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxStore } from './store';
import type { FaultSwitches, FaultKind } from './faults';
import { SANDBOX_AGENT_EMAIL } from './numbers';
import { readJson, send } from './server';
import { monitoringFigures } from './monitoring-figures';
import { ticketMessages } from './data/history-tickets';
import { afterHoursCases } from './data/after-hours';
import { conversationCases } from './data/conversation-states';

const FAULT_KINDS: FaultKind[] = ['http500', 'http429', 'slow', 'lime-failure', 'malformed'];

/**
 * The tests' switchboard (never part of Blip's contract):
 * - GET    /_sandbox/numbers                      the demo numbers with their keys
 * - POST   /_sandbox/faults                       { kind, bot?, times?, retryAfterSeconds?, delayMs? }
 * - DELETE /_sandbox/faults[?bot=id]
 * - GET    /_sandbox/bots/{id}/writes             writes accepted (each envelope id once)
 * - GET    /_sandbox/bots/{id}/resources/{key}    a bot resource as stored
 * - GET    /_sandbox/bots/{id}/messages           messages sent through POST /messages
 * - GET    /_sandbox/bots/{id}/tickets            every seeded ticket
 * - GET    /_sandbox/bots/{id}/tickets/{t}/messages  the messages of one ticket
 * - GET    /_sandbox/bots/{id}/after-hours-cases  seeded after-hours contacts and whether they must be listed
 * - GET    /_sandbox/bots/{id}/contacts/{identity}  one contact as stored
 * - GET    /_sandbox/bots/{id}/conversation-cases  one contact per composer state
 * - GET    /_sandbox/bots/{id}/monitoring         today's monitoring figures, as the endpoints serve them
 * - GET    /_sandbox/bots/{id}/replies            ready-reply categories as stored: [{ id, category, items, updatedAt }]
 */
export async function handleControl(request: IncomingMessage, response: ServerResponse, url: URL, store: SandboxStore, faults: FaultSwitches) {
  const path = url.pathname.replace(/^\/_sandbox/, '');
  const origin = `http://${request.headers.host}`;
  if (request.method === 'GET' && path === '/numbers') {
    return send(response, 200, {
      agentEmail: SANDBOX_AGENT_EMAIL,
      host: origin,
      numbers: [...store.bots.values()].map((bot) => ({
        id: bot.number.id,
        name: bot.number.name,
        phone: bot.number.phone,
        identifier: bot.number.identifier,
        accessKey: bot.number.accessKey,
        authorization: bot.authorization,
      })),
    });
  }
  if (path === '/faults' && request.method === 'POST') {
    const body = (await readJson(request)) as { kind?: FaultKind; bot?: string } | undefined;
    if (!body?.kind || !FAULT_KINDS.includes(body.kind)) return send(response, 400, { error: `kind must be one of ${FAULT_KINDS.join(', ')}` });
    faults.set(body as never);
    return send(response, 200, { faults: faults.list() });
  }
  if (path === '/faults' && request.method === 'DELETE') {
    faults.clear(url.searchParams.get('bot') ?? undefined);
    return send(response, 200, { faults: faults.list() });
  }
  const botMatch = /^\/bots\/(?<id>[^/]+)\/(?<what>writes|messages|resources|tickets|monitoring|after-hours-cases|conversation-cases|contacts|replies)(?:\/(?<key>.+))?$/.exec(path);
  const bot = botMatch ? store.bots.get(botMatch.groups!.id!) : undefined;
  if (request.method === 'GET' && bot) {
    const { what, key } = botMatch!.groups!;
    if (what === 'writes') return send(response, 200, bot.writes);
    if (what === 'messages') return send(response, 200, bot.messages);
    if (what === 'tickets' && key?.endsWith('/messages')) return send(response, 200, ticketMessages.get(bot)?.get(decodeURIComponent(key.replace(/\/messages$/, ''))) ?? []);
    if (what === 'tickets') return send(response, 200, bot.tickets);
    if (what === 'after-hours-cases') return send(response, 200, afterHoursCases.get(bot) ?? []);
    if (what === 'conversation-cases') return send(response, 200, conversationCases.get(bot) ?? []);
    if (what === 'contacts' && key) return send(response, 200, bot.contacts.find((contact) => contact.identity === decodeURIComponent(key)) ?? null);
    if (what === 'replies' && !key) return send(response, 200, [...bot.replies.values()].map(({ id, category, items, updatedAt }) => ({ id, category, items, updatedAt })));
    if (what === 'monitoring') return send(response, 200, monitoringFigures(bot, Date.now()));
    if (what === 'resources' && key) {
      const resource = bot.resources.get(decodeURIComponent(key));
      return resource ? send(response, 200, resource) : send(response, 404, { error: 'no such resource' });
    }
  }
  return send(response, 404, { error: 'unknown sandbox control' });
}
