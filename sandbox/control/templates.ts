import { readJson, send } from '../server';
import type { ControlHandler } from './index';

const STATUSES = ['APPROVED', 'REJECTED', 'PENDING', 'PAUSED'];

/**
 * `POST /bots/{id}/templates/{name} { status?, whatsAppStatus? }`: Meta changes a template's status
 * (e.g. pauses it); `whatsAppStatus` alone changes only what WhatsApp enforces, while Blip's list still
 * shows the old status (a list that lags behind Meta).
 */
export const templatesControl: ControlHandler = async (request, response, path, store) => {
  const match = /^\/bots\/(?<id>[^/]+)\/templates\/(?<name>[^/?]+)$/.exec(path);
  const bot = match && store.bots.get(match.groups!.id!);
  if (!bot || request.method !== 'POST') return false;
  const body = ((await readJson(request)) ?? {}) as { status?: unknown; whatsAppStatus?: unknown };
  const valid = (value: unknown) => value === undefined || (typeof value === 'string' && STATUSES.includes(value));
  if ((body.status === undefined && body.whatsAppStatus === undefined) || !valid(body.status) || !valid(body.whatsAppStatus)) return send(response, 400, { error: `status or whatsAppStatus, one of ${STATUSES.join(', ')}` }), true;
  const matching = bot.templates.filter((template) => template.name === decodeURIComponent(match.groups!.name!));
  if (!matching.length) return send(response, 404, { error: 'no such template' }), true;
  for (const template of matching) Object.assign(template, body.status ? { status: body.status } : {}, body.whatsAppStatus ? { whatsAppStatus: body.whatsAppStatus } : {});
  send(response, 200, matching);
  return true;
};
