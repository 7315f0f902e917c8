import type { DeskReply } from '../rpc/contracts/desk';
import type { PaletteText } from './palette-text';

/** The listbox of replies: title, category and a one-line preview, all as text. */
export function optionList(doc: Document, shown: DeskReply[], active: number, label: string, onPick: (index: number) => void): HTMLElement {
  const list = doc.createElement('ul');
  list.id = 'replies';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', label);
  shown.forEach((reply, index) => {
    const item = doc.createElement('li');
    item.id = `reply-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', String(index === active));
    const title = doc.createElement('strong');
    title.textContent = reply.title;
    const category = doc.createElement('span');
    category.className = 'cat';
    category.textContent = reply.category;
    const preview = doc.createElement('small');
    preview.textContent = reply.text;
    item.append(title, category, preview);
    // mousedown, not click: choosing must not take the focus (and caret) from the desk box first.
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      if (event.isTrusted) onPick(index);
    });
    list.append(item);
  });
  return list;
}

/** Asks for the variables without a value; every one is required. Returns the form and its first input. */
export function valuesForm(doc: Document, text: PaletteText, missing: string[], onSubmit: (values: Record<string, string>) => void): { form: HTMLFormElement; first?: HTMLInputElement } {
  const form = doc.createElement('form');
  const intro = doc.createElement('p');
  intro.textContent = text.fill;
  form.append(intro);
  const inputs = missing.map((name) => {
    const label = doc.createElement('label');
    const input = doc.createElement('input');
    input.required = true;
    input.name = name;
    label.append(text.value.replace('{name}', `{{${name}}}`), input);
    form.append(label);
    return input;
  });
  const submit = doc.createElement('button');
  submit.type = 'submit';
  submit.textContent = text.insert;
  form.append(submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (event.isTrusted) onSubmit(Object.fromEntries(inputs.map((input) => [input.name, input.value])));
  });
  return { form, first: inputs[0] };
}
