import { z } from 'zod';
import type { DeskReply, VariableValues } from '../../background/desk-replies-service';
import { method } from '../define';

/** What the desk page's content script may ask; nothing here reveals keys or numbers. */
export const deskContract = {
  /** The replies, most used first, the variable values for the ticket shown in the desk, and the UI language setting. */
  'desk.replies': method<{ replies: DeskReply[]; values: VariableValues; language?: string }>()(z.object({ ticketNumber: z.number().int().positive().optional() }), { content: true }),
  /** Counts an insertion, for the palette's order. */
  'desk.used': method<void>()(z.object({ replyId: z.string().max(200) }), { content: true }),
  /** The agent focused a message box in this tab: the panel's "Insert" goes here. */
  'desk.focused': method<void>()(z.object({}), { content: true }),
};
