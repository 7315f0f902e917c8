import { z } from 'zod';
import type { ThreadMessage } from '../../domain/ticket';
import { method } from '../define';

/** A contact's conversation on one number: the ticket that decides its state, and the newest timeline page. */
export interface ConversationSnapshot {
  ticket?: { id: string; status: string; agentIdentity?: string | null; agentName?: string };
  lastInboundAt?: string;
  /** The agent's own Desk identity. */
  me: string;
  messages: ThreadMessage[];
  hasMore: boolean;
  /** Where the next older page starts: the date of the oldest item read, system items included. */
  cursor?: string;
  /** Messages on the page Blip sent in a shape that could not be read (left out). */
  unreadable?: number;
}

export type TimelinePage = Pick<ConversationSnapshot, 'messages' | 'hasMore' | 'cursor' | 'unreadable'>;

const target = () => ({ installationId: z.string(), identity: z.string().min(3) });

export const conversationContract = {
  /** Active ticket, the agent's identity and the newest timeline page. */
  'conversation.load': method<ConversationSnapshot>()(() => z.object(target())),
  /** The newest page as last read, kept in the extension (null when none): shown while `load` asks Blip. */
  'conversation.cached': method<(TimelinePage & { savedAt: number }) | null>()(() => z.object(target())),
  /** The page before a message date (scrolling up). */
  'conversation.older': method<TimelinePage>()(() => z.object({ ...target(), before: z.iso.datetime({ offset: true }) })),
  /** Free text inside the 24 h window, queued in the outbox (answers once it is safely recorded). */
  'conversation.sendText': method<void>()(() => z.object({ ...target(), text: z.string().trim().min(1).max(4096), requestId: z.uuid() })),
  /** Asks the agent holding the ticket for it. */
  'conversation.requestTransfer': method<void>()(() => z.object({ installationId: z.string(), ticketId: z.string().min(1) })),
};
