import type { BotState, SandboxStore } from '../store';
import type { SentMessage } from './delivery';
import { judgeMessage } from './whatsapp-rules';

/** What `POST /messages` answers: 202 once the envelope is well formed (delivery comes later), else 400. */
export type MessageReply = { status: 202 } | { status: 400; body: { reason: { code: number; description: string } } };

/**
 * Accepts a message the bot sends, as Blip does: HTTP 202 for any well-formed envelope, whatever
 * WhatsApp will make of it; the verdict comes as notifications (see delivery.ts). A repeated id is
 * the same message. What is sent shows in the customer's thread at once, as Blip's history does; in
 * a router setup a service's message to a tunnel identity also shows in the router's thread.
 */
export function acceptMessage(store: SandboxStore, bot: BotState, body: unknown): MessageReply {
  const message = (body ?? {}) as { id?: unknown; to?: unknown; type?: unknown; content?: unknown; metadata?: Record<string, string> };
  const missing = (['id', 'to', 'type'] as const).filter((field) => typeof message[field] !== 'string' || !message[field]);
  if (missing.length || message.content === undefined) return { status: 400, body: { reason: { code: 21, description: `Invalid message envelope: ${[...missing, ...(message.content === undefined ? ['content'] : [])].join(', ')}` } } };
  const id = message.id as string;
  if (bot.messages.some((sent) => sent.id === id)) return { status: 202 };
  const now = store.clock();
  const sent: SentMessage = {
    id,
    to: message.to as string,
    type: message.type as string,
    content: message.content,
    metadata: message.metadata,
    at: new Date(now).toISOString(),
    outcome: judgeMessage(store, bot, message.to as string, message.content, now),
  };
  bot.messages.push(sent);
  const entry = { id, direction: 'sent' as const, type: sent.type, content: sent.content, date: sent.at, metadata: sent.metadata ?? {} };
  appendThread(bot, sent.to, entry);
  const tunnel = sent.to.endsWith('@tunnel.msging.net') ? store.tunnels.get(sent.to.replace(/@.*$/, '')) : undefined;
  const router = tunnel && store.byIdentity(tunnel.owner);
  if (tunnel && router) appendThread(router, tunnel.originator, { ...entry, metadata: { ...entry.metadata, '#tunnel.owner': tunnel.owner, '#tunnel.originator': tunnel.originator } });
  return { status: 202 };
}

function appendThread(bot: BotState, identity: string, entry: { id: string; direction: 'sent'; type: string; content: unknown; date: string; metadata: Record<string, string> }) {
  const thread = bot.threads.get(identity) ?? [];
  thread.push(entry);
  bot.threads.set(identity, thread);
}
