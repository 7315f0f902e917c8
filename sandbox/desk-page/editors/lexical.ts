import { $getRoot, $getSelection, $isElementNode, $isLineBreakNode, $isRangeSelection, $isTextNode, createEditor, type LexicalNode, type PointType } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { benchBox, mountAll, type BoxModel } from '../bench-model';

/** A Lexical rich-text editor (as in WhatsApp Web and Messenger's composers), with its undo history. */
function mountLexical(element: HTMLElement): void {
  const editor = createEditor({ namespace: element.dataset.box, nodes: [HeadingNode, QuoteNode], onError: (error) => console.error(error) });
  element.contentEditable = 'true';
  element.setAttribute('role', 'textbox');
  element.setAttribute('aria-multiline', 'true');
  element.setAttribute('aria-label', element.dataset.label ?? '');
  editor.setRootElement(element);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 1000);
  const show = benchBox(element, () => editor.getEditorState().read(readModel));
  editor.registerUpdateListener(show);
}

function readModel(): BoxModel {
  const selection = $getSelection();
  const focus = $isRangeSelection(selection) && selection.isCollapsed() ? selection.focus : undefined;
  const model: BoxModel = { text: '', caret: null };
  $getRoot()
    .getChildren()
    .forEach((block, index) => {
      if (index > 0) model.text += '\n';
      walk(block, model, focus);
    });
  return model;
}

function walk(node: LexicalNode, model: BoxModel, focus: PointType | undefined): void {
  if ($isTextNode(node)) {
    if (focus?.type === 'text' && focus.key === node.getKey()) model.caret = model.text.length + focus.offset;
    model.text += node.getTextContent();
  } else if ($isLineBreakNode(node)) {
    model.text += '\n';
  } else if ($isElementNode(node)) {
    const here = focus?.type === 'element' && focus.key === node.getKey();
    node.getChildren().forEach((child, index) => {
      if (here && focus.offset === index) model.caret = model.text.length;
      walk(child, model, focus);
    });
    if (here && focus.offset === node.getChildrenSize()) model.caret = model.text.length;
  }
}

mountAll('lexical', mountLexical);
