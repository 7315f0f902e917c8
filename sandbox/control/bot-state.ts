import type { BotState, SandboxStore, SandboxThreadMessage } from '../store';
import { send } from '../server';
import { monitoringFigures } from '../monitoring-figures';
import { ticketMessages } from '../data/history-tickets';
import { afterHoursCases } from '../data/after-hours';
import { conversationCases } from '../data/conversation-states';
import { statusOf } from '../messaging/delivery';
import type { ControlHandler } from './index';

const SYSTEM_TYPES = new Set(['application/vnd.iris.ticket+json', 'application/vnd.lime.redirect+json']);

/** Read-only views of one bot's state (`GET /bots/{id}/{what}[/{key}]`). */
export const botReadControl: ControlHandler = (request, response, path, store) => {
  const match = /^\/bots\/(?<id>[^/]+)\/(?<what>[a-z-]+)(?:\/(?<key>[^?]+))?$/.exec(path.split('?')[0]!);
  const bot = match ? store.bots.get(match.groups!.id!) : undefined;
  if (request.method !== 'GET' || !bot) return false;
  const { what, key } = match!.groups!;
  const answer = readView(store, bot, what!, key && decodeURIComponent(key));
  if (answer === undefined) return false;
  send(response, answer === null ? 404 : 200, answer ?? { error: 'not found' });
  return true;
};

function readView(store: SandboxStore, bot: BotState, what: string, key: string | undefined): unknown {
  const now = store.clock();
  switch (what) {
    case 'writes':
      return bot.writes;
    case 'reads':
      return bot.reads;
    case 'messages':
      return bot.messages.map((message) => ({ ...message, ...statusOf(message, now, store.deliveryStepMs) }));
    case 'tickets':
      if (key?.endsWith('/messages')) return ticketOwnMessages(bot, key.replace(/\/messages$/, ''));
      return bot.tickets;
    case 'contexts':
      return key ? Object.fromEntries([...(bot.contexts.get(key)?.entries() ?? [])].map(([name, value]) => [name, value.value])) : undefined;
    case 'threads':
      return key ? (bot.threads.get(key) ?? []) : undefined;
    case 'after-hours-cases':
      return afterHoursCases.get(bot) ?? [];
    case 'conversation-cases':
      return conversationCases.get(bot) ?? [];
    case 'contacts':
      return key ? (bot.contacts.find((contact) => contact.identity === key) ?? null) : undefined;
    case 'replies':
      return [...bot.replies.values()].map(({ id, category, items, updatedAt }) => ({ id, category, items, updatedAt }));
    case 'monitoring':
      return monitoringFigures(bot, now);
    case 'resources':
      return key ? (bot.resources.get(key) ?? null) : undefined;
    default:
      return undefined;
  }
}

/** A ticket's own messages: as seeded, else the customer's thread between its opening and its close. */
function ticketOwnMessages(bot: BotState, ticketId: string): SandboxThreadMessage[] | null {
  const seeded = ticketMessages.get(bot)?.get(ticketId);
  if (seeded) return seeded;
  const ticket = bot.tickets.find((candidate) => candidate.id === ticketId);
  if (!ticket) return null;
  const end = ticket.closeDate ?? new Date(8.64e15).toISOString();
  return (bot.threads.get(ticket.customerIdentity) ?? []).filter((message) => !SYSTEM_TYPES.has(message.type) && message.date >= ticket.storageDate && message.date <= end);
}
