import type { Editable } from './editable-focus';

/** Where the caret (or selection) was in a message box, to put it back after the palette. */
export type SavedCaret = { kind: 'field'; start: number; end: number } | { kind: 'rich'; range: Range };

export function isField(element: Editable): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

export function saveCaret(target: Editable): SavedCaret | undefined {
  if (isField(target)) return { kind: 'field', start: target.selectionStart ?? target.value.length, end: target.selectionEnd ?? target.value.length };
  const selection = target.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return target.contains(range.commonAncestorContainer) ? { kind: 'rich', range: range.cloneRange() } : undefined;
}

/** Focuses the box and selects `caret` (or puts the caret at the end when nothing was saved). */
export function restoreCaret(target: Editable, caret: SavedCaret | undefined): void {
  target.focus({ preventScroll: true });
  if (isField(target)) {
    const end = target.value.length;
    target.setSelectionRange(caret?.kind === 'field' ? caret.start : end, caret?.kind === 'field' ? caret.end : end);
    return;
  }
  const selection = target.ownerDocument.getSelection();
  if (!selection) return;
  // The editor may have re-rendered since: a range no longer inside the box is not used.
  let range = caret?.kind === 'rich' && target.contains(caret.range.commonAncestorContainer) ? caret.range : undefined;
  if (!range) {
    range = target.ownerDocument.createRange();
    range.selectNodeContents(target);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The "/query" typed at the very start of the box, up to the caret, and the selection that covers
 * it (so inserting the reply replaces it). Nothing when the box does not start with a slash command.
 */
export function slashQuery(target: Editable): { query: string; caret: SavedCaret } | undefined {
  const pattern = /^\/([^\s/]*)$/;
  if (isField(target)) {
    const end = target.selectionEnd ?? 0;
    if (target.selectionStart !== end) return undefined;
    const match = pattern.exec(target.value.slice(0, end));
    return match ? { query: match[1]!, caret: { kind: 'field', start: 0, end } } : undefined;
  }
  const selection = target.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return undefined;
  const caret = selection.getRangeAt(0);
  if (!target.contains(caret.endContainer)) return undefined;
  const range = target.ownerDocument.createRange();
  range.setStart(target, 0);
  range.setEnd(caret.endContainer, caret.endOffset);
  const match = pattern.exec(range.toString());
  return match ? { query: match[1]!, caret: { kind: 'rich', range } } : undefined;
}
