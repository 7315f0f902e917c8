/** @jsxImportSource react */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { benchBox, mountAll, type BoxModel } from '../bench-model';

/** A Draft.js editor (React): its own undo stack answers Ctrl+Z. */
function mountDraft(element: HTMLElement): void {
  let current = EditorState.createEmpty();
  const show = benchBox(element, () => readModel(current));
  function DraftBox() {
    const [state, setState] = useState(current);
    const change = (next: EditorState) => {
      current = next;
      setState(next);
      show();
    };
    return <Editor editorState={state} onChange={change} ariaLabel={element.dataset.label} />;
  }
  createRoot(element).render(<DraftBox />);
}

function readModel(state: EditorState): BoxModel {
  const content = state.getCurrentContent();
  const text = content.getPlainText('\n');
  const selection = state.getSelection();
  if (!selection.getHasFocus() || !selection.isCollapsed()) return { text, caret: null };
  let caret = 0;
  for (const block of content.getBlocksAsArray()) {
    if (block.getKey() === selection.getFocusKey()) return { text, caret: caret + selection.getFocusOffset() };
    caret += block.getLength() + 1;
  }
  return { text, caret: null };
}

mountAll('draft', mountDraft);
