import type { Editable } from './editable-focus';
import { isField, restoreCaret, type SavedCaret } from './caret';

/**
 * Types `text` into the box at the caret (replacing the selection) the way a user would: through
 * the browser's editing command, so the page's framework sees a real input event and Ctrl+Z undoes
 * it. Where the command is unavailable, edits directly and announces the input. Never sends.
 */
export function insertText(target: Editable, text: string, caret: SavedCaret | undefined): void {
  restoreCaret(target, caret);
  const before = contentOf(target);
  const inserted = target.ownerDocument.execCommand('insertText', false, text);
  if (inserted && contentOf(target) !== before) return;
  if (isField(target)) {
    const start = target.selectionStart ?? target.value.length;
    target.setRangeText(text, start, target.selectionEnd ?? start, 'end');
  } else {
    const selection = target.ownerDocument.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    if (!range) return;
    range.deleteContents();
    const node = target.ownerDocument.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection!.removeAllRanges();
    selection!.addRange(range);
  }
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

function contentOf(target: Editable): string {
  return isField(target) ? target.value : (target.textContent ?? '');
}
