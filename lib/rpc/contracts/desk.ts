import { z } from 'zod';
import { method } from '../define';

/** A reply as the desk page gets it: no ids of numbers, no keys, only what the palette shows. */
export interface DeskReply {
  id: string;
  title: string;
  text: string;
  category: string;
}

/** Values for the reply variables, by name (`contact.name`, `agent.fullName`…). */
export type VariableValues = Partial<Record<string, string>>;

/** What the palette needs when it opens. */
export interface DeskReplies {
  /** Most used first. */
  replies: DeskReply[];
  /** For the ticket shown in the desk, when it could be found. */
  values: VariableValues;
  /** The extension's language setting. */
  language?: string;
}

/** What the desk page's content script may ask; nothing here reveals keys or numbers. */
export const deskContract = {
  /** The replies, most used first, the variable values for the ticket shown in the desk, and the UI language setting. */
  'desk.replies': method<DeskReplies>()(() => z.object({ ticketNumber: z.number().int().positive().optional() }), { content: true }),
  /** Counts an insertion, for the palette's order. */
  'desk.used': method<void>()(() => z.object({ replyId: z.string().max(200) }), { content: true }),
  /**
   * The agent focused a message box in this tab (of the ticket the desk shows): the panel's "Insert"
   * goes here, and the palette's replies and values get ready.
   */
  'desk.focused': method<void>()(() => z.object({ ticketNumber: z.number().int().positive().optional() }), { content: true }),
  /** The panel's "Abrir Blip Desk": focuses a desk tab, or opens the desk of the number's tenant. */
  'desk.open': method<'focused' | 'opened'>()(() => z.object({ installationId: z.string().max(200).optional() })),
};

/**
 * What the desk did: inserted, is asking the agent for missing values, has no box to write in, or
 * its editor refused the reply (which then went to the clipboard, or could not).
 */
export type DeskInsertResult = 'inserted' | 'asking' | 'no-box' | 'copied' | 'refused';

/** What the side panel hears back from its "Insert" (no box at all is the `no-desk` error). */
export type DeskDelivery = Exclude<DeskInsertResult, 'no-box'>;

/**
 * The other direction: what the background asks the desk's content script, and what each answers
 * (sent with `callDesk`, answered with `answerDesk`, lib/rpc/desk-channel.ts). Types only: no web
 * page can send these (only the extension messages its content scripts), so there is nothing to
 * validate, and the content script stays free of zod.
 */
export interface DeskMessages {
  /** The reply shortcut was pressed in this tab: open the palette's search. */
  openPalette: { input: Record<string, never>; output: DeskInsertResult };
  /** The side panel's "Insert": put this reply into the message box the agent used last. */
  insertReply: { input: { replyId: string }; output: DeskInsertResult };
}
