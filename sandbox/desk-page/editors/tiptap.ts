import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { benchBox, mountAll } from '../bench-model';
import { proseMirrorModel } from './prosemirror-model';

/** A TipTap editor with its starter kit (paragraphs, hard breaks, undo). */
function mountTipTap(element: HTMLElement): void {
  new Editor({
    element,
    extensions: [StarterKit],
    editorProps: { attributes: { 'aria-label': element.dataset.label ?? '', id: `${element.dataset.box}-input` } },
    onCreate: ({ editor }) => {
      const show = benchBox(element, () => proseMirrorModel(editor.state.doc, editor.state.selection));
      editor.on('transaction', show);
    },
  });
}

mountAll('tiptap', mountTipTap);
