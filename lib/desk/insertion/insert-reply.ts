import type { Editable } from '../agent-box';
import { caretRange, focusBox, isField, type SavedCaret } from '../caret';
import { copyText } from './clipboard';
import { techniqueFor } from './editor-kind';
import { insertIntoField } from './field';
import { expectInsertion, tookText } from './outcome';
import type { PageBridge } from './page-bridge';
import { selectRange } from './selection';
import { dispatchTextEvent } from './synthetic-input';

/** How an insertion ended: in the box, on the clipboard for the agent to paste, or neither. */
export type InsertOutcome = 'inserted' | 'copied' | 'failed';

/**
 * Puts `text` into the box in place of `caret` (the "/query" or the agent's selection) through the
 * technique the box's editor accepts, so its model and the screen hold the same text, the caret
 * ends after it and one Ctrl+Z takes it back. Success is judged once the editor had a frame to
 * react; an editor that took nothing gets nothing written behind its back: the reply goes to the
 * clipboard instead. `bridge` runs the event techniques in the page's world (Firefox).
 */
export async function insertReply(box: Editable, text: string, caret: SavedCaret | undefined, bridge?: PageBridge): Promise<InsertOutcome> {
  focusBox(box, caret);
  if (isField(box)) {
    insertIntoField(box, text);
    return 'inserted';
  }
  const range = caretRange(box, caret);
  await selectRange(box, range);
  const prefix = box.ownerDocument.createRange();
  prefix.setStart(box, 0);
  prefix.setEnd(range.startContainer, range.startOffset);
  const expected = expectInsertion(box, prefix.toString(), range.toString(), text);
  const technique = techniqueFor(box);
  if (technique === 'command') box.ownerDocument.execCommand('insertText', false, text);
  else if (!bridge) dispatchTextEvent(box, technique, text, range);
  else if (bridge.connected) bridge.insert({ technique, text });
  if (await tookText(box, expected)) return 'inserted';
  return (await copyText(box.ownerDocument.defaultView!, text)) ? 'copied' : 'failed';
}
