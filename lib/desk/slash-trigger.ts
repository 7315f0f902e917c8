import { boxOf, type Editable } from './agent-box';
import { slashQuery, type SavedCaret } from './caret';

export interface SlashHandlers {
  /** The box the "/" palette follows, when it is open. */
  following(): Editable | undefined;
  /** The palette is open with its own search box (the "/" text is not followed then). */
  searching(): boolean;
  open(target: Editable, query: string, caret: SavedCaret): void;
  update(query: string, caret: SavedCaret): void;
  close(): void;
  move(delta: number): void;
  choose(): void;
  escape(): void;
}

const PALETTE_KEYS: Record<string, (handlers: SlashHandlers) => void> = {
  ArrowDown: (handlers) => handlers.move(1),
  ArrowUp: (handlers) => handlers.move(-1),
  Enter: (handlers) => handlers.choose(),
  Escape: (handlers) => handlers.escape(),
};

/**
 * "/" and part of a title at the very start of a desk box opens the palette, which then follows what
 * is typed. Only the agent's own keys count (`isTrusted`): a page script that writes into a box or
 * dispatches key events opens and drives nothing. The box is read once the editor has handled the
 * key (some editors render typed text themselves, without an input event); once closed, the palette
 * opens again when the query changes. While it is open, the arrows, Enter and Escape typed in that
 * box belong to it (captured before the desk sees them, so Enter never sends the message), except
 * while an input method is composing.
 */
export function watchSlash(doc: Document, handlers: SlashHandlers): void {
  const view = doc.defaultView!;
  // The last "/query" seen: the palette opens when it changes, not again after it was closed.
  let seen: { box: Editable; query: string } | undefined;
  const check = (box: Editable) => {
    if (handlers.searching()) return;
    const slash = slashQuery(box);
    const following = handlers.following();
    const changed = seen?.box !== box || seen.query !== slash?.query;
    seen = slash && { box, query: slash.query };
    if (!slash) return following === box ? handlers.close() : undefined;
    if (following === box) handlers.update(slash.query, slash.caret);
    else if (changed) handlers.open(box, slash.query, slash.caret);
  };
  const afterKey = (event: Event) => {
    const box = event.isTrusted ? boxOf(event) : undefined;
    if (box) view.setTimeout(() => check(box), 0);
  };

  view.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const box = boxOf(event);
      const action = PALETTE_KEYS[event.key];
      // The keys typed just before may not have been read yet (input outruns timers): read the box first.
      if (action && box) check(box);
      if (action && box && box === handlers.following() && !event.isComposing && !event.shiftKey) {
        event.preventDefault();
        event.stopImmediatePropagation();
        action(handlers);
      } else afterKey(event);
    },
    true,
  );
  view.addEventListener('keyup', afterKey, true);
  doc.addEventListener('compositionend', afterKey, true);
  // Keys can outrun the timers that read the box: a "/query" deleted and typed again before they ran
  // would look unchanged, and the palette would not open again. The box's own input event tells at
  // once that the "/query" is gone (it opens nothing itself: only the agent's keys do).
  doc.addEventListener(
    'input',
    (event) => {
      if (seen && seen.box === boxOf(event) && !slashQuery(seen.box)) seen = undefined;
    },
    true,
  );
}

/**
 * After Enter inserted a reply the focus is back in the desk box, where the key's release lands:
 * keep that one release from the desk too, in case it acts on key-up.
 */
export function swallowNextEnterRelease(win: Window): void {
  const swallow = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !event.isTrusted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
  };
  const stop = () => win.removeEventListener('keyup', swallow, true);
  win.addEventListener('keyup', swallow, true);
  win.setTimeout(stop, 1000);
}
