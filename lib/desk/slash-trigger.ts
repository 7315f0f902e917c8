import { isEditable, type Editable } from './editable-focus';
import { isInPalette } from './palette-host';
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

/**
 * "/" and part of a title at the very start of a desk box opens the palette, which then follows what
 * is typed. While it is open, the arrows, Enter and Escape typed in that box belong to the palette
 * (captured before the desk sees them, so Enter never sends the message), except while an input
 * method is composing.
 */
export function watchSlash(doc: Document, handlers: SlashHandlers): void {
  doc.addEventListener(
    'input',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element) || !isEditable(target) || isInPalette(target) || handlers.searching()) return;
      const slash = slashQuery(target);
      const following = handlers.following();
      if (!slash) return following === target ? handlers.close() : undefined;
      if (following === target) handlers.update(slash.query, slash.caret);
      else handlers.open(target, slash.query, slash.caret);
    },
    true,
  );

  doc.defaultView!.addEventListener(
    'keydown',
    (event) => {
      const following = handlers.following();
      if (!following || event.isComposing || event.shiftKey || event.composedPath()[0] !== following) return;
      const keys: Record<string, () => void> = { ArrowDown: () => handlers.move(1), ArrowUp: () => handlers.move(-1), Enter: handlers.choose, Escape: handlers.escape };
      const action = keys[event.key];
      if (!action) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      action();
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
    if (event.key !== 'Enter') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
  };
  const stop = () => win.removeEventListener('keyup', swallow, true);
  win.addEventListener('keyup', swallow, true);
  win.setTimeout(stop, 1000);
}
