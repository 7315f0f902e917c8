import { rpc } from '../rpc/client';
import type { RpcOutput } from '../rpc/contract';
import type { DeskInsertResult, DeskReply } from '../rpc/contracts/desk';
import { answerDesk } from '../rpc/desk-channel';
import { fillVariables } from '../domain/reply-variables';
import { agentBox, deepActiveElement, editingHost, trackAgentBox, type Editable } from './agent-box';
import { saveCaret, type SavedCaret } from './caret';
import { insertReply } from './insertion/insert-reply';
import type { PageBridge } from './insertion/page-bridge';
import { ReplyPalette, type CloseReason } from './palette';
import { isInPalette } from './palette-host';
import { paletteText } from './palette-text';
import { swallowNextEnterRelease, watchSlash } from './slash-trigger';

/**
 * The ticket number the desk shows for the open conversation (blip-api.md §14.3), to fill contact
 * variables. A box in a same-origin frame reads it from the desk's top document.
 */
function ticketNumber(doc: Document): number | undefined {
  let desk = doc;
  try {
    desk = doc.defaultView?.top?.document ?? doc;
  } catch {
    // A frame from another origin: only its own document.
  }
  const digits = desk.querySelector('#ticket-sequential-id')?.textContent?.replace(/\D+/g, '');
  return digits ? Number(digits) : undefined;
}

/** True when the keyboard focus is in this document itself, not in a frame inside it. */
function focusIsHere(doc: Document): boolean {
  return doc.hasFocus() && !(deepActiveElement(doc) instanceof HTMLIFrameElement);
}

interface Session {
  target: Editable;
  caret: SavedCaret | undefined;
  data: Promise<RpcOutput<'desk.replies'>>;
}

/**
 * Ready replies in one desk document (each frame has its own): the shortcut's palette, the "/"
 * trigger at the start of a box, and the side panel's "Insert". Replies and variable values come
 * from the background on demand, once per palette, so they belong to the conversation shown when
 * it opened; they go only into the box the agent chose.
 */
export function startDeskReplies(doc: Document, bridge?: PageBridge): void {
  const palette = new ReplyPalette(doc);
  // The extension's language setting, learnt from the first load (the browser's until then).
  let language: string | undefined;
  let session: Session | undefined;

  trackAgentBox(doc, () => void rpc('desk.focused', { ticketNumber: ticketNumber(doc) }).catch(() => undefined));

  const begin = (target: Editable, caret: SavedCaret | undefined): Session => ({ target, caret, data: rpc('desk.replies', { ticketNumber: ticketNumber(doc) }) });

  const finish = async (reply: DeskReply, text: string): Promise<DeskInsertResult> => {
    const current = session;
    session = undefined;
    palette.close('done');
    if (!current) return 'no-box';
    swallowNextEnterRelease(doc.defaultView!);
    const outcome = await insertReply(current.target, text, current.caret, bridge);
    if (outcome === 'inserted') void rpc('desk.used', { replyId: reply.id }).catch(() => undefined);
    else palette.notify(current.target, paletteText(language), outcome === 'copied' ? paletteText(language).copied : paletteText(language).notInserted);
    return outcome === 'failed' ? 'refused' : outcome;
  };

  /** Inserts the reply, or first asks for the values the conversation lacks. */
  const choose = async (reply: DeskReply): Promise<DeskInsertResult> => {
    const values = (await session?.data)?.values ?? {};
    const { text, missing } = fillVariables(reply.text, values);
    if (missing.length === 0) return finish(reply, text);
    if (!palette.isOpen) show('search');
    palette.askValues(missing, (given) => void finish(reply, fillVariables(text, given).text));
    return 'asking';
  };

  /** Opens the palette for the current session's box. */
  function show(mode: 'search' | 'slash', query = ''): void {
    const current = session;
    if (!current) return;
    palette.open(
      {
        anchor: current.target,
        text: paletteText(language),
        mode,
        onChoose: (reply) => void choose(reply),
        onClose: (reason: CloseReason) => {
          if (session === current) session = undefined;
          // Escape gives the focus (and caret) back to the box the agent was typing in.
          if (reason === 'escape') current.target.focus({ preventScroll: true });
        },
      },
      query,
    );
    current.data.then(
      (loaded) => {
        language = loaded.language;
        if (session === current) palette.setReplies(loaded.replies);
      },
      () => session === current && palette.setReplies(undefined),
    );
  }

  watchSlash(doc, {
    following: () => (palette.mode === 'slash' ? session?.target : undefined),
    searching: () => palette.mode === 'search',
    open: (target, query, caret) => {
      session = begin(target, caret);
      show('slash', query);
    },
    update: (query, caret) => {
      if (session) session.caret = caret;
      palette.setQuery(query);
    },
    close: () => palette.close('other'),
    move: (delta) => palette.move(delta),
    choose: () => palette.choose(),
    escape: () => palette.close('escape'),
  });

  // A click anywhere else closes the palette, so it never lingers into another conversation.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      const inside = event.composedPath().some((node) => node instanceof Element && isInPalette(node));
      if (event.isTrusted && palette.isOpen && !inside) palette.close('other');
    },
    true,
  );

  answerDesk({
    // Each frame has its own content script: only the one the agent is in answers.
    openPalette: () => (focusIsHere(doc) ? Promise.resolve(openFromShortcut()) : undefined),
    insertReply: ({ replyId }) => (agentBox() ? insertFromPanel(replyId) : undefined),
  });

  function openFromShortcut(): DeskInsertResult {
    if (palette.mode === 'search') {
      palette.focusSearch();
      return 'asking';
    }
    const target = editingHost(deepActiveElement(doc)) ?? session?.target ?? agentBox();
    if (!target) return 'no-box';
    session = session?.target === target ? session : begin(target, saveCaret(target));
    show('search');
    return 'asking';
  }

  async function insertFromPanel(replyId: string): Promise<DeskInsertResult> {
    const target = agentBox()!;
    palette.close('other');
    session = begin(target, saveCaret(target));
    const reply = (await session.data).replies.find((candidate) => candidate.id === replyId);
    return reply ? choose(reply) : 'no-box';
  }
}
