/**
 * In-page half of `npm run bench:insert`, evaluated in the desk page (and its frame): times the
 * moment a box's model first holds the expected text, and offers the floor — the same technique
 * dispatched by the page itself on F9, with the "/query" already selected, so only the editor's own
 * work is timed.
 */
import { slashQuery } from '../../lib/desk/caret';
import { editingHost } from '../../lib/desk/agent-box';
import { techniqueFor } from '../../lib/desk/insertion/editor-kind';
import { selectRange } from '../../lib/desk/insertion/selection';
import { dispatchTextEvent } from '../../lib/desk/insertion/synthetic-input';

declare global {
  interface Window {
    insertBench: typeof insertBench;
  }
}

let started = 0;
let watching: Promise<number> | undefined;

const insertBench = {
  /** Starts watching `model` for `expected`; `stop()` resolves with the ms from `start()` (−1 if it never came). */
  watch(model: string, expected: string): void {
    watching = new Promise((resolve) => {
      let done = false;
      const finish = (ms: number) => {
        if (done) return;
        done = true;
        observer.disconnect();
        document.removeEventListener('input', onInput, true);
        clearTimeout(timeout);
        resolve(ms);
      };
      // Checked on every change, after every input event and every millisecond, whichever is first.
      const check = () => !done && window.deskBench![model]!().text === expected && finish(performance.now() - started);
      const onInput = () => queueMicrotask(check);
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener('input', onInput, true);
      const poll = () => {
        check();
        if (!done) setTimeout(poll, 1);
      };
      poll();
      const timeout = setTimeout(() => finish(-1), 3000);
    });
  },
  start(): void {
    started = performance.now();
  },
  stop(): Promise<number> {
    return watching!;
  },
  /** Selects the "/query" in the focused box and, on the next F9, hands it `text` the way our insertion does. */
  async armFloor(text: string): Promise<void> {
    const box = editingHost(document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)!;
    const query = slashQuery(box)!;
    if (query.caret.kind === 'rich') await selectRange(box, query.caret.range);
    else (box as HTMLTextAreaElement).setSelectionRange(query.caret.start, query.caret.end);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F9') return;
      removeEventListener('keydown', onKey, true);
      event.preventDefault();
      const technique = box instanceof HTMLTextAreaElement ? 'command' : techniqueFor(box);
      if (technique === 'command') document.execCommand('insertText', false, text);
      else dispatchTextEvent(box, technique, text, (query.caret as { range: Range }).range);
    };
    addEventListener('keydown', onKey, true);
  },
};

window.insertBench = insertBench;
