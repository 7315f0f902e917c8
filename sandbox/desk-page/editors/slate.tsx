/** @jsxImportSource react */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, Range, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { benchBox, mountAll, type BoxModel } from '../bench-model';

const EMPTY: Descendant[] = [{ children: [{ text: '' }] } as Descendant];

/** A Slate editor (React), with slate-history: Ctrl+Z is its own undo. */
function mountSlate(element: HTMLElement): void {
  const editor = withHistory(withReact(createEditor()));
  const show = benchBox(element, () => readModel(editor));
  function SlateBox() {
    const [value] = useState(EMPTY);
    return (
      <Slate editor={editor} initialValue={value} onChange={show}>
        <Editable id={`${element.dataset.box}-input`} aria-label={element.dataset.label} className="editor" />
      </Slate>
    );
  }
  createRoot(element).render(<SlateBox />);
}

function readModel(editor: Editor): BoxModel {
  const blocks = editor.children.map((block) => Node.string(block));
  const text = blocks.join('\n');
  const selection = editor.selection;
  if (!selection || !Range.isCollapsed(selection)) return { text, caret: null };
  const block = selection.anchor.path[0]!;
  const before = blocks.slice(0, block).reduce((sum, line) => sum + line.length + 1, 0);
  return { text, caret: before + Editor.string(editor, { anchor: Editor.start(editor, [block]), focus: selection.anchor }).length };
}

mountAll('slate', mountSlate);
