import { browser } from 'wxt/browser';
import { rpc } from '../rpc/client';
import type { DeskCommand, DeskInsertResult } from '../background/desk-relay';
import type { DeskReply } from '../background/desk-replies-service';
import type { RpcOutput } from '../rpc/contract';
import { fillVariables } from '../domain/reply-variables';
import { deepActiveElement, isEditable, lastFocusedEditable, trackEditableFocus, type Editable } from './editable-focus';
import { saveCaret, slashQuery, type SavedCaret } from './caret';
import { insertText } from './insert-text';
import { ReplyPalette } from './palette';
import { paletteText } from './palette-text';

/** The ticket number the desk shows for the open conversation (blip-api.md §14.3), to fill contact variables. */
function ticketNumber(doc: Document): number | undefined {
  const digits = doc.querySelector('#ticket-sequential-id')?.textContent?.replace(/\D+/g, '');
  return digits ? Number(digits) : undefined;
}

/**
 * Ready replies in the desk page: the shortcut's palette, the "/" trigger at the start of a box,
 * and the side panel's "Insert". Replies and variable values come from the background on demand.
 */
export function startDeskReplies(doc: Document): void {
  const palette = new ReplyPalette(doc);
  // The extension's language setting, learnt from the first load (the browser's until then).
  let language: string | undefined;
  let session: { target: Editable; caret: SavedCaret | undefined; data?: Promise<RpcOutput<'desk.replies'>> } | undefined;

  trackEditableFocus(doc, () => void rpc('desk.focused', {}).catch(() => undefined));

  const load = () => rpc('desk.replies', { ticketNumber: ticketNumber(doc) });

  const finish = (reply: DeskReply, text: string) => {
    const current = session;
    session = undefined;
    palette.close();
    if (!current) return;
    insertText(current.target, text, current.caret);
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
    if (!palette.isOpen) openPalette('search');
    palette.askValues(missing, (given) => finish(reply, fillVariables(text, given).text));
    return 'asking';
  };

  function openPalette(mode: 'search' | 'slash', query = '', caret?: SavedCaret): void {
    const target = session?.target ?? lastFocusedEditable();
    if (!target) return;
    session = { target, caret: caret ?? session?.caret ?? saveCaret(target), data: session?.data ?? load() };
    const data = session.data!;
    palette.open(
      {
        anchor: target,
        text: paletteText(language),
        mode,
        onChoose: (reply) => void choose(reply),
        onClose: () => {
          const closed = session;
          session = undefined;
          // Escape gives the focus and caret back to the box the agent was typing in.
          if (closed && mode === 'search') closed.target.focus({ preventScroll: true });
        },
      },
      query,
    );
    data.then(
      (loaded) => {
        language = loaded.language;
        palette.setReplies(loaded.replies);
      },
      () => palette.setReplies(undefined),
    );
  }

  // "/" and part of a title at the start of the box: the palette follows what is typed.
  doc.addEventListener(
    'input',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element) || !isEditable(target) || palette.mode === 'search') return;
      const slash = slashQuery(target);
      if (!slash) return palette.mode === 'slash' ? palette.close() : undefined;
      if (palette.mode === 'slash' && session?.target === target) {
        session.caret = slash.caret;
        palette.setQuery(slash.query);
      } else {
        session = { target, caret: slash.caret };
        openPalette('slash', slash.query, slash.caret);
      }
    },
    true,
  );

  // While the "/" palette is open its keys come first: the desk must not send on Enter.
  doc.defaultView!.addEventListener(
    'keydown',
    (event) => {
      if (palette.mode !== 'slash') return;
      const keys: Record<string, () => void> = { ArrowDown: () => palette.move(1), ArrowUp: () => palette.move(-1), Enter: () => palette.choose(), Escape: () => palette.close() };
      const action = keys[event.key];
      if (!action || event.shiftKey) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      action();
    },
    true,
  );

  browser.runtime.onMessage.addListener((message: unknown) => {
    const command = message as DeskCommand;
    if (command?.type === 'asistencia.openPalette') {
      const active = deepActiveElement(doc);
      if (isEditable(active)) session = { target: active, caret: saveCaret(active) };
      openPalette('search');
      return Promise.resolve<DeskInsertResult>(session ? 'asking' : 'no-box');
    }
    if (command?.type === 'asistencia.insertReply') return insertFromPanel(command.replyId);
    return undefined;
  });

  async function insertFromPanel(replyId: string): Promise<DeskInsertResult> {
    const target = lastFocusedEditable();
    if (!target) return 'no-box';
    session = { target, caret: saveCaret(target), data: load() };
    const reply = (await session.data!).replies.find((candidate) => candidate.id === replyId);
    return reply ? choose(reply) : 'no-box';
  }
}
