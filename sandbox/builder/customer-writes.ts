import type { BotState, SandboxStore, SandboxThreadMessage, SandboxTicket } from '../store';
import { FLOWS } from './flows';
import { contextOf, currentState, stateStore, stateVariable } from './contexts';
import { serviceFor, tunnelFor } from './tunnels';
import { openTicket } from '../desk/tickets';

/** What happened to a customer's message: who handled it, and whether it reached Desk. */
export interface CustomerMessageOutcome {
  messageId: string;
  /** The bot whose flow handled it (a router's service, or the bot itself). */
  handledBy: string;
  /** How that bot knows the customer: the channel identity, or a tunnel identity behind a router. */
  customerIdentity: string;
  state?: string;
  forwardedToDesk: boolean;
  ticket?: Pick<SandboxTicket, 'id' | 'sequentialId' | 'status' | 'customerIdentity'>;
}

/**
 * A customer writes to the number, as on Blip: the message lands in the channel owner's thread; a
 * router hands it to the service in the customer's `Master-State` (else its default) through a tunnel;
 * the handling bot's Builder flow reads the customer's state. Only when that state is a human-service
 * block does the message go to Desk (into the customer's open ticket, or a new one in the queue) —
 * an open ticket alone does not route it. Otherwise the flow answers automatically.
 */
export function customerWrites(store: SandboxStore, owner: BotState, from: string, text: string, now = store.clock()): CustomerMessageOutcome {
  const identity = from.includes('@') ? from : `${from.replace(/\D+/g, '')}@wa.gw.msging.net`;
  const messageId = `in-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const received: SandboxThreadMessage = { id: messageId, direction: 'received', type: 'text/plain', content: text, date: new Date(now).toISOString(), status: 'accepted', metadata: {} };
  append(owner, identity, received);
  touchContact(owner, identity, now);
  let handler = owner;
  let handlerIdentity = identity;
  if (owner.number.role === 'router') {
    handler = serviceFor(store, owner, identity);
    const tunnel = tunnelFor(store, owner, handler, identity);
    handlerIdentity = `${tunnel.id}@tunnel.msging.net`;
    append(handler, handlerIdentity, { ...received, metadata: { '#tunnel.owner': owner.identity, '#tunnel.originator': identity } });
    touchContact(handler, handlerIdentity, now);
  }
  const state = currentState(store, handler, handlerIdentity);
  const flow = FLOWS[handler.number.id];
  const humanService = flow?.blocks.some((block) => block.id === state && block.humanService) ?? false;
  if (flow && state) {
    const where = stateStore(store, handler, handlerIdentity);
    contextOf(where.bot, where.identity).set(stateVariable(flow.flowId), { type: 'text/plain', value: state });
  }
  const base = { messageId, handledBy: handler.number.id, customerIdentity: handlerIdentity, state };
  if (!humanService) {
    botAnswers(owner, identity, handler, handlerIdentity, now);
    return { ...base, forwardedToDesk: false };
  }
  const ticket = openTicket(handler, handlerIdentity, { type: 'text/plain', value: text }, now, identity);
  ticket.unreadMessages += 1;
  return { ...base, forwardedToDesk: true, ticket: { id: ticket.id, sequentialId: ticket.sequentialId, status: ticket.status, customerIdentity: ticket.customerIdentity } };
}

function append(bot: BotState, identity: string, message: SandboxThreadMessage) {
  const thread = bot.threads.get(identity) ?? [];
  thread.push(message);
  bot.threads.set(identity, thread);
}

/** Builder saves every account that writes as a contact, and its last interaction. */
function touchContact(bot: BotState, identity: string, now: number) {
  let contact = bot.contacts.find((candidate) => candidate.identity === identity);
  if (!contact) {
    const digits = identity.endsWith('@wa.gw.msging.net') ? identity.replace(/@.*$/, '') : undefined;
    contact = { identity, source: identity.endsWith('@tunnel.msging.net') ? 'Tunnel' : 'WhatsApp', lastMessageDate: '', ...(digits ? { phoneNumber: `+${digits}` } : {}) };
    bot.contacts.unshift(contact);
  }
  contact.lastMessageDate = new Date(now).toISOString();
}

/** The flow's automatic answer, in the handler's thread and (behind a router) in the router's. */
function botAnswers(owner: BotState, identity: string, handler: BotState, handlerIdentity: string, now: number) {
  const answer: SandboxThreadMessage = { id: `bot-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, direction: 'sent', type: 'text/plain', content: 'Soy el asistente virtual 🤖. Escriba "menú" para ver las opciones.', date: new Date(now + 1).toISOString(), status: 'consumed', metadata: {} };
  append(handler, handlerIdentity, answer);
  if (handler !== owner) append(owner, identity, answer);
}
