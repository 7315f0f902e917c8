import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { benchBox, mountAll } from '../bench-model';
import { proseMirrorModel } from './prosemirror-model';

/** A bare ProseMirror editor (as under Jira, ChatGPT and TipTap), with prosemirror-history. */
function mountProseMirror(element: HTMLElement): void {
  let show = () => {};
  const view: EditorView = new EditorView(element, {
    state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)] }),
    attributes: { 'aria-label': element.dataset.label ?? '', id: `${element.dataset.box}-input` },
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      show();
    },
  });
  show = benchBox(element, () => proseMirrorModel(view.state.doc, view.state.selection));
}

mountAll('prosemirror', mountProseMirror);
