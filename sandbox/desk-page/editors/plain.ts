import { benchBox, type BoxModel } from '../bench-model';

/**
 * The boxes without a framework: the desk's own `textarea#text-input` (Enter sends, as in the real
 * Desk), a contenteditable whose model is fed only by input events, and the same contenteditable
 * inside an open shadow root (the Desk's design system uses web components).
 */
function mountTextarea(box: HTMLTextAreaElement): void {
  const list = document.getElementById('messages')!;
  benchBox(box, () => ({ text: box.value, caret: box.selectionStart === box.selectionEnd ? box.selectionStart : null }));
  const send = () => {
    if (!box.value.trim()) return;
    const item = document.createElement('li');
    item.textContent = box.value;
    list.append(item);
    box.value = '';
  };
  document.getElementById('blip-send-message')?.addEventListener('click', send);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  });
}

/** A contenteditable editor whose model is the text it last announced with an input event. */
export function mountContentEditable(editor: HTMLElement): void {
  let text = '';
  const show = benchBox(editor, () => ({ text, caret: caretOffset(editor) }));
  editor.addEventListener('input', () => {
    text = shownText(editor);
    show();
  });
}

const BLOCKS = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The text a contenteditable shows, line by line: a block starts a line and an empty block is one;
 * a `<br>` breaks the line, except the last one of a block, which only holds the line open.
 * (`innerText` counts an empty `<div><br></div>` line twice.)
 */
function shownText(root: Node): string {
  let text = '';
  let atLineStart = true;
  // A block's closing break is written only when more follows: the last one shows nothing.
  let pendingBreak = false;
  const write = (data: string) => {
    if (pendingBreak) text += '\n';
    pendingBreak = false;
    text += data;
  };
  const breakLine = () => {
    write('');
    pendingBreak = true;
    atLineStart = true;
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text) {
        if (child.data) write(child.data);
        if (child.data) atLineStart = child.data.endsWith('\n');
      } else if (child.nodeName === 'BR') {
        if (!child.nextSibling) continue;
        write('\n');
        atLineStart = true;
      } else if (BLOCKS.has(child.nodeName)) {
        if (!atLineStart) breakLine();
        const before = text.length + Number(pendingBreak);
        walk(child);
        if (!atLineStart || text.length + Number(pendingBreak) === before) breakLine();
      } else walk(child);
    }
  };
  walk(root);
  return text;
}

/** The caret's offset in the box's text, through the shadow root the box may live in. */
function caretOffset(editor: HTMLElement): BoxModel['caret'] {
  const root = editor.getRootNode();
  const selection = document.getSelection();
  const [caret] = selection?.getComposedRanges({ shadowRoots: root instanceof ShadowRoot ? [root] : [] }) ?? [];
  if (!caret?.collapsed || !editor.contains(caret.endContainer)) return null;
  const before = document.createRange();
  before.setStart(editor, 0);
  before.setEnd(caret.endContainer, caret.endOffset);
  return shownText(before.cloneContents()).length;
}

/**
 * An editor none of the insertion techniques reach, standing for one we do not know: it takes only
 * keys typed one at a time (trusted `beforeinput`), and redraws its model over any other change.
 */
function mountKeysOnly(editor: HTMLElement): void {
  let text = '';
  const show = benchBox(editor, () => ({ text, caret: caretOffset(editor) }));
  const render = () => {
    observer.disconnect();
    editor.textContent = text;
    document.getSelection()?.collapse(editor, editor.childNodes.length);
    observer.observe(editor, { subtree: true, childList: true, characterData: true });
    show();
  };
  const observer = new MutationObserver(render);
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (!event.isTrusted) return;
    if (event.inputType === 'insertText' && [...(event.data ?? '')].length === 1) text += event.data;
    else if (event.inputType.startsWith('delete')) text = document.getSelection()?.toString() === text ? '' : text.slice(0, -1);
    render();
  });
  render();
}

/** `<desk-shadow-box>`: a contenteditable inside an open shadow root, its model outside it. */
class ShadowBox extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    editor.id = 'shadow-input';
    editor.dataset.box = this.dataset.box;
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-label', this.dataset.label ?? '');
    editor.style.cssText = 'min-height:48px;border:1px solid #767676;padding:2px 4px;white-space:pre-wrap';
    root.append(editor);
    mountContentEditable(editor);
  }
}

const textarea = document.getElementById('text-input');
if (textarea instanceof HTMLTextAreaElement) mountTextarea(textarea);
document.querySelectorAll<HTMLElement>('[data-editor="contenteditable"]').forEach(mountContentEditable);
document.querySelectorAll<HTMLElement>('[data-editor="keys-only"]').forEach(mountKeysOnly);
customElements.define('desk-shadow-box', ShadowBox);
