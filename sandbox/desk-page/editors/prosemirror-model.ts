import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { BoxModel } from '../bench-model';

/** A ProseMirror document as text (blocks and hard breaks as "\n") and the caret's offset in it. */
export function proseMirrorModel(doc: ProseMirrorNode, selection: { empty: boolean; head: number }): BoxModel {
  const text = doc.textBetween(0, doc.content.size, '\n', '\n');
  return { text, caret: selection.empty ? doc.textBetween(0, selection.head, '\n', '\n').length : null };
}
