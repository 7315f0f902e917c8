import Quill from 'quill';
import { benchBox, mountAll } from '../bench-model';

/** A Quill 2 editor (no toolbar), with its history module answering Ctrl+Z. */
function mountQuill(element: HTMLElement): void {
  const quill = new Quill(element, { formats: [] });
  quill.root.setAttribute('aria-label', element.dataset.label ?? '');
  quill.root.id = `${element.dataset.box}-input`;
  const show = benchBox(element, () => {
    const range = quill.getSelection();
    return { text: quill.getText().replace(/\n$/, ''), caret: range && range.length === 0 ? range.index : null };
  });
  quill.on('editor-change', show);
}

mountAll('quill', mountQuill);
