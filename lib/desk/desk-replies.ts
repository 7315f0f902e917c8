import { rpc } from '../rpc/client';
import type { RpcOutput } from '../rpc/contract';
import type { DeskInsertResult, DeskReply } from '../rpc/contracts/desk';
import { answerDesk } from '../rpc/desk-channel';
import { fillVariables } from '../domain/reply-variables';
import { deepActiveElement, isEditable, lastFocusedEditable, trackEditableFocus, type Editable } from './editable-focus';
import { saveCaret, type SavedCaret } from './caret';
import { insertText } from './insert-text';
import { ReplyPalette, type CloseReason } from './palette';
import { isInPalette } from './palette-host';
import { paletteText } from './palette-text';
import { swallowNextEnterRelease, watchSlash } from './slash-trigger';

/** The ticket number the desk shows for the open conversation (blip-api.md §14.3), to fill contact variables. */
function ticketNumber(doc: Document): number | undefined {
  const digits = doc.querySelector('#ticket-sequential-id')?.textContent?.replace(/\D+/g, '');
  return digits ? Number(digits) : undefined;
}

interface Session {
  target: Editable;
  caret: SavedCaret | undefined;
  data: Promise<RpcOutput<'desk.replies'>>;
}

/**
 * Ready replies in the desk page: the shortcut's palette, the "/" trigger at the start of a box,
 * and the side panel's "Insert". Replies and variable values come from the background on demand,
 * once per palette, so they belong to the conversation shown when it opened.
 */
export function startDeskReplies(doc: Document): void {
  const palette = new ReplyPalette(doc);
  // The extension's language setting, learnt from the first load (the browser's until then).
  let language: string | undefined;
  let session: Session | undefined;

  trackEditableFocus(doc, () => void rpc('desk.focused', {}).catch(() => undefined));

  const begin = (target: Editable, caret: SavedCaret | undefined): Session => ({ target, caret, data: rpc('desk.replies', { ticketNumber: ticketNumber(doc) }) });

  const finish = (reply: DeskReply, text: string) => {
    const current = session;
    session = undefined;
    palette.close('done');
    if (!current) return;
    insertText(current.target, text, current.caret);
    swallowNextEnterRelease(doc.defaultView!);
    void rpc('desk.used', { replyId: reply.id }).catch(() => undefined);
  };

  /** Inserts the reply, or first asks for the values the conversation lacks. */
  const choose = async (reply: DeskReply): Promise<DeskInsertResult> => {
    const values = (await session?.data)?.values ?? {};
    const { text, missing } = fillVariables(reply.text, values);
    if (missing.length === 0) {
      finish(reply, text);
      return 'inserted';
    }
    if (!palette.isOpen) show('search');
    palette.askValues(missing, (given) => finish(reply, fillVariables(text, given).text));
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
      if (palette.isOpen && !inside) palette.close('other');
    },
    true,
  );

  answerDesk({
    openPalette: async () => openFromShortcut(),
    insertReply: ({ replyId }) => insertFromPanel(replyId),
  });

  function openFromShortcut(): DeskInsertResult {
    if (palette.mode === 'search') {
      palette.focusSearch();
      return 'asking';
    }
    const active = deepActiveElement(doc);
    const target = active && isEditable(active) && !isInPalette(active) ? active : (session?.target ?? lastFocusedEditable());
    if (!target) return 'no-box';
    session = session?.target === target ? session : begin(target, saveCaret(target));
    show('search');
    return 'asking';
  }

  async function insertFromPanel(replyId: string): Promise<DeskInsertResult> {
    const target = lastFocusedEditable();
    if (!target) return 'no-box';
    palette.close('other');
    session = begin(target, saveCaret(target));
    const reply = (await session.data).replies.find((candidate) => candidate.id === replyId);
    return reply ? choose(reply) : 'no-box';
  }
}
