import { z } from 'zod';
import type { ConversationSnapshot, TimelinePage } from '../../background/conversation-service';
import { method } from '../define';

const target = { installationId: z.string(), identity: z.string().min(3) };

export const conversationContract = {
  /** Active ticket, the agent's identity and the newest timeline page. */
  'conversation.load': method<ConversationSnapshot>()(z.object(target)),
  /** The page before a message date (scrolling up). */
  'conversation.older': method<TimelinePage>()(z.object({ ...target, before: z.iso.datetime({ offset: true }) })),
  /** Free text inside the 24 h window, queued in the outbox (answers once it is safely recorded). */
  'conversation.sendText': method<void>()(z.object({ ...target, text: z.string().trim().min(1).max(4096), requestId: z.uuid() })),
  /** Asks the agent holding the ticket for it. */
  'conversation.requestTransfer': method<void>()(z.object({ installationId: z.string(), ticketId: z.string().min(1) })),
};
