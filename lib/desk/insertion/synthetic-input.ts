/**
 * The techniques that hand text to an editor through a synthetic event: `beforeinput` (Lexical,
 * Slate), `paste` of plain text (Draft.js, Quill), and `paste-lines`, which adds an HTML flavour of
 * one paragraph per line (ProseMirror and TipTap split plain text on runs of line breaks and lose
 * blank lines; their HTML parser keeps empty paragraphs and, under `white-space: pre-wrap`, spaces).
 */
export type EventTechnique = 'beforeinput' | 'paste' | 'paste-lines';

/**
 * Dispatches on `box` the event its editor takes text from: a `beforeinput` asking to replace
 * `range` with `text`, or a paste of `text`, which replaces the editor's own selection. Runs in the
 * world that calls it: the content script's, or in Firefox the page's, where editors can read the
 * event's data. True when the editor took the event.
 */
export function dispatchTextEvent(box: HTMLElement, technique: EventTechnique, text: string, range: AbstractRange): boolean {
  const init = { bubbles: true, cancelable: true, composed: true };
  const event =
    technique === 'beforeinput'
      ? new InputEvent('beforeinput', { ...init, inputType: 'insertReplacementText', dataTransfer: new DataTransfer(), targetRanges: [staticRange(range)] })
      : new ClipboardEvent('paste', { ...init, clipboardData: new DataTransfer() });
  // The data goes on the event's own transfer object: Firefox hands the editor an empty copy of one
  // filled before construction.
  const transfer = event instanceof ClipboardEvent ? event.clipboardData : event.dataTransfer;
  transfer?.setData('text/plain', text);
  if (technique === 'paste-lines') {
    transfer?.setData('text/html', paragraphs(box.ownerDocument, text));
    // ProseMirror reads a paste as plain text while it believes Shift is down, and the release of
    // the shortcut's Shift went to the palette: tell it the key is up.
    box.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Shift', code: 'ShiftLeft', keyCode: 16 }));
  }
  return !box.dispatchEvent(event);
}

function staticRange(range: AbstractRange): StaticRange {
  return new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset });
}

/** One `<p>` per line, the text set as text (the markup holds nothing but paragraphs). */
function paragraphs(doc: Document, text: string): string {
  const holder = doc.createElement('div');
  for (const line of text.split(/\r\n?|\n/)) {
    const paragraph = doc.createElement('p');
    paragraph.style.whiteSpace = 'pre-wrap';
    paragraph.textContent = line;
    holder.append(paragraph);
  }
  return holder.innerHTML;
}
