import { generateContacts, type SandboxContact } from './data/contacts';
import { SANDBOX_NUMBERS, authorizationOf, botIdentityOf, type SandboxNumber } from './numbers';

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
}

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
    });
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
