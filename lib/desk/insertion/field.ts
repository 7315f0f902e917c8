/**
 * Types `text` over the field's selection with the browser's editing command, as a user would: the
 * page's framework (React, Vue) sees a real input event and Ctrl+Z undoes it. Where the command is
 * refused, the text is set directly and announced with an input event: a field has no model of its
 * own that could take the text later, so this cannot write twice.
 */
export function insertIntoField(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const before = field.value;
  if (field.ownerDocument.execCommand('insertText', false, text) && field.value !== before) return;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}
