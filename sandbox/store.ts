import { generateContacts, type SandboxContact } from './data/contacts';
import { SANDBOX_NUMBERS, authorizationOf, botIdentityOf, type SandboxNumber } from './numbers';
import { createRandom, type Random } from './data/random';
import { seedHistoryTickets } from './data/history-tickets';
import { seedAfterHours } from './data/after-hours';
import { seedConversationStates } from './data/conversation-states';
import { seedReplies } from './data/replies';

/** A write the sandbox accepted: what the browser tests check ("delivered exactly once"). */
export interface RecordedWrite {
  id: string;
  method: string;
  uri: string;
  type?: string;
  resource?: unknown;
  at: string;
}

/** Everything the sandbox knows about one number (bot). Features add their own fields. */
export interface BotState {
  number: SandboxNumber;
  authorization: string;
  identity: string;
  contacts: SandboxContact[];
  resources: Map<string, { type: string; value: unknown }>;
  writes: RecordedWrite[];
  /** Replies to writes already applied, by envelope id: a repeated id is answered, not re-applied. */
  processed: Map<string, unknown>;
  messages: Array<{ id: string; to: string; type: string; content: unknown; at: string }>;
  /** Desk tickets (blip-api.md §6.1), every status, newest first. */
  tickets: SandboxTicket[];
  /** Message history per customer identity (blip-api.md §5.2), oldest first. */
  threads: Map<string, SandboxThreadMessage[]>;
  /** Desk ready-reply categories (blip-api.md §12) by id, in creation order. */
  replies: Map<string, SandboxReplyCategory>;
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

/** A Desk ticket as Blip returns it; optional fields as in blip-api.md §6.1. */
export interface SandboxTicket {
  id: string;
  sequentialId: number;
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
  closed: boolean;
  closedBy?: string;
  team: string;
  tags: string[];
  unreadMessages: number;
  parentSequentialId?: number;
  /** Seconds, the agent's average time to answer a customer message in this ticket. */
  averageAgentResponseTime?: number;
}

/** A thread message (blip-api.md §5.2). */
export interface SandboxThreadMessage {
  id: string;
  direction: 'sent' | 'received';
  type: string;
  content: unknown;
  date: string;
  status?: string;
  metadata?: Record<string, string>;
}

/**
 * Seeders run once per number after its contacts exist, in order; each feature adds its own
 * (tickets, threads, replies…). They must be deterministic: use the given `random`.
 */
export type Seeder = (bot: BotState, random: Random, now: number) => void;
export const SEEDERS: Seeder[] = [seedHistoryTickets, seedAfterHours, seedConversationStates, seedReplies];

export interface SandboxStore {
  now: number;
  bots: Map<string, BotState>;
  byAuthorization(header: string | undefined): BotState | undefined;
}

/** Seeds the three demo numbers. `now` anchors every generated date. */
export function createStore(now = Date.now(), seed = 1): SandboxStore {
  const bots = new Map<string, BotState>();
  for (const number of SANDBOX_NUMBERS) {
    bots.set(number.id, {
      number,
      authorization: authorizationOf(number),
      identity: botIdentityOf(number),
      contacts: generateContacts(number, now, seed),
      resources: new Map(),
      writes: [],
      processed: new Map(),
      messages: [],
      tickets: [],
      threads: new Map(),
      replies: new Map(),
    });
  }
  for (const bot of bots.values()) {
    const random = createRandom(seed * 31 + bot.number.contacts);
    for (const seeder of SEEDERS) seeder(bot, random, now);
  }
  return {
    now,
    bots,
    byAuthorization(header) {
      if (!header) return undefined;
      const normalized = header.trim().replace(/^key\s+/i, 'Key ');
      return [...bots.values()].find((bot) => bot.authorization === normalized);
    },
  };
}
