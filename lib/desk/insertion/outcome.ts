import { afterFrame } from './selection';

/** Whitespace and the invisible characters editors pad empty lines with. */
const BLANKS = /[\s\u200b\ufeff]+/g;

/** Text without its blanks: each editor renders line breaks its own way (paragraphs, `<br>`, blocks). */
export function squeeze(text: string): string {
  return text.replace(BLANKS, '');
}

/** All the text a box shows. */
export function shownText(box: HTMLElement): string {
  return box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : (box.textContent ?? '');
}

/** What the box must show once it took the text: `text` right after what preceded the replaced part, and the length that makes. */
export interface Expected {
  start: string;
  length: number;
}

/** The box's expected text after `text` replaces `replaced`, which follows `prefix` in it. */
export function expectInsertion(box: HTMLElement, prefix: string, replaced: string, text: string): Expected {
  return { start: squeeze(prefix) + squeeze(text), length: squeeze(shownText(box)).length - squeeze(replaced).length + squeeze(text).length };
}

function shows(box: HTMLElement, expected: Expected): boolean {
  const now = squeeze(shownText(box));
  return now.length === expected.length && now.startsWith(expected.start);
}

/**
 * Resolves true once the box shows the insertion where it belongs: checked after the editor had a
 * frame to render what it took, then on each change for up to `waitMs`. Editors that apply an
 * insertion a moment later (Lexical and Slate in Firefox) are still seen, so nothing is tried twice.
 */
export async function tookText(box: HTMLElement, expected: Expected, waitMs = 400): Promise<boolean> {
  const view = box.ownerDocument.defaultView!;
  await afterFrame(view);
  if (shows(box, expected)) return true;
  return new Promise((resolve) => {
    const finish = (taken: boolean) => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(taken);
    };
    const observer = new MutationObserver(() => shows(box, expected) && finish(true));
    observer.observe(box, { subtree: true, childList: true, characterData: true });
    const timer = view.setTimeout(() => finish(shows(box, expected)), waitMs);
  });
}
