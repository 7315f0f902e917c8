import type { Editable } from './agent-box';
import { selectionIn } from './insertion/selection';

/** Where the caret (or selection) was in a message box: what an insertion replaces. */
export type SavedCaret = { kind: 'field'; start: number; end: number } | { kind: 'rich'; range: Range };

export function isField(element: Editable): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

export function saveCaret(box: Editable): SavedCaret | undefined {
  if (isField(box)) return { kind: 'field', start: box.selectionStart ?? box.value.length, end: box.selectionEnd ?? box.value.length };
  const range = selectionIn(box);
  return range ? { kind: 'rich', range } : undefined;
}

/** The range a saved caret covers, while it is still inside the box; else the end of the box. */
export function caretRange(box: HTMLElement, caret: SavedCaret | undefined): Range {
  if (caret?.kind === 'rich' && box.contains(caret.range.startContainer) && box.contains(caret.range.endContainer)) return caret.range;
  const range = box.ownerDocument.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  return range;
}

/** Focuses the box and selects `caret` in a field (rich boxes are selected by the insertion, which waits for their editor). */
export function focusBox(box: Editable, caret: SavedCaret | undefined): void {
  box.focus({ preventScroll: true });
  if (!isField(box)) return;
  const end = box.value.length;
  box.setSelectionRange(caret?.kind === 'field' ? caret.start : end, caret?.kind === 'field' ? caret.end : end);
}

/** Blank characters editors use to hold an empty line open. */
const PADDING = /[\u200b\ufeff]/g;

/**
 * The "/query" typed at the very start of the box, up to the caret, and the selection that covers
 * it from its slash (so inserting the reply replaces it). Nothing when the box does not start with a
 * slash command.
 */
export function slashQuery(box: Editable): { query: string; caret: SavedCaret } | undefined {
  const pattern = /^\/([^\s/]*)$/;
  if (isField(box)) {
    const end = box.selectionEnd ?? 0;
    if (box.selectionStart !== end) return undefined;
    const match = pattern.exec(box.value.slice(0, end));
    return match ? { query: match[1]!, caret: { kind: 'field', start: 0, end } } : undefined;
  }
  const caret = selectionIn(box);
  if (!caret?.collapsed) return undefined;
  const range = box.ownerDocument.createRange();
  range.setStart(box, 0);
  range.setEnd(caret.endContainer, caret.endOffset);
  const match = pattern.exec(range.toString().replace(PADDING, ''));
  const slash = match && firstCharacter(box);
  if (!slash) return undefined;
  range.setStart(slash.node, slash.offset);
  return { query: match[1]!, caret: { kind: 'rich', range } };
}

/** Where the box's first visible character is (the slash), so a selection starts on text as editors expect. */
function firstCharacter(box: HTMLElement): { node: Text; offset: number } | undefined {
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const offset = node.data.search(/[^\u200b\ufeff]/);
    if (offset !== -1) return { node, offset };
  }
  return undefined;
}
