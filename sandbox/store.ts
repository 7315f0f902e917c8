import { generateContacts, type SandboxContact } from './data/contacts';
import { SANDBOX_BOTS, authorizationOf, botIdentityOf, type SandboxNumber } from './numbers';
import { createRandom, type Random } from './data/random';
import { seedHistoryTickets } from './data/history-tickets';
import { seedAfterHours } from './data/after-hours';
import { seedConversationStates } from './data/conversation-states';
import { seedReplies } from './data/replies';
import { seedRouter } from './data/router';
import { seedContexts } from './data/contexts';
import { DEFAULT_CAPABILITIES, type Capabilities } from './capabilities';
import type { SentMessage } from './messaging/delivery';
import { TEMPLATES, type SandboxTemplate } from './data/templates';

/** A write the sandbox accepted: what the browser tests check ("delivered exactly once"). */
export interface RecordedWrite {
  id: string;
  method: string;
  uri: string;
  type?: string;
  resource?: unknown;
  at: string;
}

/** A context variable of one user (Builder's `/contexts/{identity}/{name}`). */
export interface ContextValue {
  type: string;
  value: string;
}

/** Everything the sandbox knows about one bot. Features add their own fields. */
export interface BotState {
  number: SandboxNumber;
  authorization: string;
  identity: string;
  contacts: SandboxContact[];
  resources: Map<string, { type: string; value: unknown }>;
  writes: RecordedWrite[];
  /** The uris of the latest reads (`get` commands), oldest first (the last 500). */
  reads: string[];
  /** Replies to writes already applied, by envelope id: a repeated id is answered, not re-applied. */
  processed: Map<string, unknown>;
  /** Messages sent through `POST /messages`, with their delivery as WhatsApp will report it. */
  messages: SentMessage[];
  /** Desk tickets (blip-api.md §6.1), every status, newest first. */
  tickets: SandboxTicket[];
  /** Message history per customer identity (blip-api.md §5.2), oldest first. */
  threads: Map<string, SandboxThreadMessage[]>;
  /** Desk ready-reply categories (blip-api.md §12) by id, in creation order. */
  replies: Map<string, SandboxReplyCategory>;
  /** Builder user contexts: identity → variable name → value (`stateid@{flowId}`, `Master-State`…). */
  contexts: Map<string, Map<string, ContextValue>>;
  capabilities: Capabilities;
  /** The WhatsApp templates of the number this bot owns (none for a router's service). */
  templates: SandboxTemplate[];
}

/** A ready-reply category with its replies (blip-api.md §12). */
export interface SandboxReplyCategory {
  id: string;
  category: string;
  items: SandboxReply[];
  updatedAt: string;
}

/** One ready reply (`application/vnd.iris.desk.custom-reply+json`). */
export interface SandboxReply {
  id: string;
  category: string;
  name: string;
  document: string;
  type: string;
  isDynamicContent: boolean;
}

/** A Desk ticket with the fields of the docs' ticket document and examples. */
export interface SandboxTicket {
  id: string;
  sequentialId: number;
  sequentialSuffix?: string;
  ownerIdentity: string;
  customerIdentity: string;
  customerDomain: string;
  agentIdentity?: string;
  provider: 'Lime';
  status: 'Waiting' | 'Open' | 'Assigned' | 'ClosedAttendant' | 'ClosedClient' | 'Transferred';
  storageDate: string;
  openDate?: string;
  statusDate?: string;
  closeDate?: string;
  firstResponseDate?: string;
  externalId: string;
  rating: number;
  closed: boolean;
  closedBy?: string;
  team: string;
  tags: string[];
  unreadMessages: number;
  priority: number;
  parentSequentialId?: number;
  /** What the customer wrote that opened the ticket (a DocumentContainer). */
  customerInput?: { type: string; value: unknown };
  /** Seconds, the agent's average time to answer a customer message in this ticket. */
  averageAgentResponseTime?: number;
}

/** A thread message (`application/vnd.iris.thread-message+json`). */
export interface SandboxThreadMessage {
  id: string;
  direction: 'sent' | 'received';
  type: string;
  content: unknown;
  date: string;
  /** The message's last notification event; for sent messages computed from its delivery. */
  status?: string;
  reason?: { code: number; description: string };
  metadata?: Record<string, string>;
}

/** A tunnel between a router and one of its services for one customer (`application/vnd.iris.tunnel+json`). */
export interface SandboxTunnel {
  id: string;
  owner: string;
  originator: string;
  destination: string;
}

/**
 * Seeders run once per plain bot after its contacts exist, in order; each feature adds its own
 * (tickets, threads, replies…). They must be deterministic: use the given `random`.
 */
export type Seeder = (bot: BotState, random: Random, now: number) => void;
export const SEEDERS: Seeder[] = [seedHistoryTickets, seedAfterHours, seedConversationStates, seedReplies, seedContexts];

export interface SandboxStore {
  now: number;
  bots: Map<string, BotState>;
  tunnels: Map<string, SandboxTunnel>;
  /** The sandbox's clock: delivery notifications and "today" figures are read against it. */
  clock: () => number;
  /** Time between two delivery events of a sent message (accepted → dispatched → received → consumed). */
  deliveryStepMs: number;
  byAuthorization(header: string | undefined): BotState | undefined;
  byIdentity(identity: string): BotState | undefined;
}

export interface StoreOptions {
  now?: number;
  seed?: number;
  clock?: () => number;
  deliveryStepMs?: number;
}

/** A bot with its contacts and nothing else yet (features' seeders add the rest). */
export function newBotState(number: SandboxNumber, contacts: SandboxContact[]): BotState {
  return {
    number,
    authorization: authorizationOf(number),
    identity: botIdentityOf(number),
    contacts,
    resources: new Map(),
    writes: [],
    reads: [],
    processed: new Map(),
    messages: [],
    tickets: [],
    threads: new Map(),
    replies: new Map(),
    contexts: new Map(),
    capabilities: { ...DEFAULT_CAPABILITIES },
    templates: structuredClone(TEMPLATES[number.id] ?? []),
  };
}

/** Seeds the demo bots. `now` anchors every generated date. */
export function createStore(now = Date.now(), seed = 1, options: Omit<StoreOptions, 'now' | 'seed'> = {}): SandboxStore {
  const bots = new Map<string, BotState>();
  for (const number of SANDBOX_BOTS) {
    bots.set(number.id, newBotState(number, number.contacts ? generateContacts(number, now, seed) : []));
  }
  const store: SandboxStore = {
    now,
    bots,
    tunnels: new Map(),
    clock: options.clock ?? (() => Date.now()),
    deliveryStepMs: options.deliveryStepMs ?? 400,
    byAuthorization(header) {
      if (!header) return undefined;
      const normalized = header.trim().replace(/^key\s+/i, 'Key ');
      return [...bots.values()].find((bot) => bot.authorization === normalized);
    },
    byIdentity(identity) {
      return [...bots.values()].find((bot) => bot.identity === identity.replace(/\/.*$/, ''));
    },
  };
  for (const bot of bots.values()) {
    if (bot.number.role !== 'bot') continue;
    const random = createRandom(seed * 31 + bot.number.contacts);
    for (const seeder of SEEDERS) seeder(bot, random, now);
  }
  seedRouter(store, createRandom(seed * 47), now);
  return store;
}
