import type { DeskReply } from '../rpc/contracts/desk';
import { filterReplies } from '../domain/reply-filter';
import type { PaletteText } from './palette-text';
import { PALETTE_TAG } from './palette-host';
import { optionList, valuesForm } from './palette-parts';
import { paletteFrame, placeOver } from './palette-frame';

const MAX_SHOWN = 50;

const NOTICE_MS = 8000;

/** Why the palette closed: Escape (focus goes back to the box), a reply was taken, or anything else. */
export type CloseReason = 'escape' | 'done' | 'other';

interface PaletteOptions {
  anchor: HTMLElement;
  text: PaletteText;
  /**
   * `search`: the palette's own search box has focus. `slash`: the agent keeps typing in the desk
   * box. `notice`: a message about the last insertion, until the next key or a few seconds.
   */
  mode: 'search' | 'slash' | 'notice';
  onChoose: (reply: DeskReply) => void;
  onClose: (reason: CloseReason) => void;
}

/**
 * The reply palette over the desk's message box, in a closed shadow root (page scripts cannot read
 * the replies): a search box (or the "/" text typed in the desk box), a listbox of replies, and a
 * form for variables without a value. Only the agent's own input drives it (`isTrusted`).
 * Everything shown is set as text, never as HTML.
 */
export class ReplyPalette {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private replies: DeskReply[] | undefined;
  private shown: DeskReply[] = [];
  private active = 0;
  private query = '';
  private options: PaletteOptions | undefined;
  private failed = false;
  /** Enter came before the replies: the first match is taken when they arrive. */
  private chooseOnLoad = false;
  private results: HTMLElement | undefined;
  private input: HTMLInputElement | undefined;
  /** In "/" mode the focus stays in the desk box: this tells screen readers the chosen option. */
  private live: HTMLElement | undefined;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return Boolean(this.host?.isConnected);
  }

  get mode(): PaletteOptions['mode'] | undefined {
    return this.isOpen ? this.options?.mode : undefined;
  }

  open(options: PaletteOptions, query = ''): void {
    this.options = options;
    this.query = query;
    this.active = 0;
    this.replies = undefined;
    this.failed = false;
    this.chooseOnLoad = false;
    if (!this.host) {
      this.host = this.doc.createElement(PALETTE_TAG);
      this.root = this.host.attachShadow({ mode: 'closed' });
    }
    this.doc.documentElement.append(this.host);
    placeOver(this.host, options.anchor);
    this.render();
  }

  /** The replies arrived (or failed to). */
  setReplies(replies: DeskReply[] | undefined): void {
    this.replies = replies;
    this.failed = replies === undefined;
    this.renderResults();
    if (this.chooseOnLoad) this.choose();
  }

  setQuery(query: string): void {
    if (query === this.query) return;
    this.query = query;
    this.active = 0;
    this.chooseOnLoad = false;
    this.renderResults();
  }

  move(delta: number): void {
    if (this.shown.length === 0) return;
    this.active = (this.active + delta + this.shown.length) % this.shown.length;
    this.renderResults();
  }

  choose(): void {
    this.chooseOnLoad = !this.replies && !this.failed;
    const reply = this.shown[this.active];
    if (reply) this.options?.onChoose(reply);
  }

  /** Tells the agent about the last insertion (e.g. the reply went to the clipboard), over `anchor`. */
  notify(anchor: HTMLElement, text: PaletteText, message: string): void {
    this.open({ anchor, text, mode: 'notice', onChoose: () => undefined, onClose: () => undefined });
    const note = this.doc.createElement('p');
    note.setAttribute('role', 'status');
    note.textContent = message;
    this.root!.querySelector('.box')!.append(note);
    const view = this.doc.defaultView!;
    const dismiss = (event?: Event) => {
      if (event && !event.isTrusted) return;
      view.removeEventListener('keydown', dismiss, true);
      view.clearTimeout(timer);
      if (this.options?.mode === 'notice') this.close('other');
    };
    const timer = view.setTimeout(dismiss, NOTICE_MS);
    view.addEventListener('keydown', dismiss, true);
  }

  close(reason: CloseReason): void {
    if (!this.isOpen) return;
    this.host!.remove();
    this.options?.onClose(reason);
  }

  /** The shortcut pressed again while the palette is open: back to its search box. */
  focusSearch(): void {
    this.input?.focus();
  }

  /** Asks for the variables the conversation does not provide; `onSubmit` gets them by name. */
  askValues(missing: string[], onSubmit: (values: Record<string, string>) => void): void {
    const { form, first } = valuesForm(this.doc, this.options!.text, missing, onSubmit);
    form.addEventListener('keydown', (event) => {
      if (!event.isTrusted) return;
      this.closeOnEscape(event);
      // Typing a value belongs to the form, not to the desk's shortcuts.
      event.stopPropagation();
    });
    this.options = { ...this.options!, mode: 'search' };
    this.results = undefined;
    this.input = undefined;
    this.live = undefined;
    paletteFrame(this.root!, this.options.text, true).append(form);
    first?.focus();
  }

  /** Builds the frame and, in search mode, the search box; the results follow in their own region. */
  private render(): void {
    const { text, mode } = this.options!;
    const box = paletteFrame(this.root!, text, mode !== 'notice');
    this.input = undefined;
    this.results = undefined;
    this.live = undefined;
    if (mode === 'notice') return;
    if (mode === 'search') {
      const input = this.doc.createElement('input');
      input.type = 'search';
      input.value = this.query;
      input.placeholder = text.placeholder;
      input.setAttribute('aria-label', text.placeholder);
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-controls', 'replies');
      input.setAttribute('aria-expanded', 'true');
      input.addEventListener('input', (event) => event.isTrusted && this.setQuery(input.value));
      input.addEventListener('keydown', (event) => event.isTrusted && this.onSearchKey(event));
      box.append(input);
      this.input = input;
    }
    this.results = this.doc.createElement('div');
    box.append(this.results);
    if (mode === 'slash') {
      this.live = this.doc.createElement('p');
      this.live.className = 'live';
      this.live.setAttribute('aria-live', 'polite');
      box.append(this.live);
    }
    this.renderResults();
    this.input?.focus();
  }

  private renderResults(): void {
    if (!this.results) return;
    this.shown = this.replies ? filterReplies(this.replies, this.query).slice(0, MAX_SHOWN) : [];
    this.results.replaceChildren(this.list(this.options!.text));
    this.results.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    const active = this.shown[this.active];
    if (active) this.input?.setAttribute('aria-activedescendant', `reply-${this.active}`);
    else this.input?.removeAttribute('aria-activedescendant');
    if (this.live) this.live.textContent = active ? active.title : (this.results.textContent ?? '');
  }

  private list(text: PaletteText): HTMLElement {
    const message = this.failed ? text.failed : !this.replies ? '…' : this.replies.length === 0 ? text.none : this.shown.length === 0 ? text.empty : undefined;
    if (message) {
      const paragraph = this.doc.createElement('p');
      paragraph.setAttribute('role', 'status');
      paragraph.textContent = message;
      return paragraph;
    }
    return optionList(this.doc, this.shown, this.active, text.label, (index) => {
      this.active = index;
      this.choose();
    });
  }

  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.choose();
    } else this.closeOnEscape(event);
    // Keys typed in the palette belong to it, not to the desk's shortcuts.
    event.stopPropagation();
  }

  private closeOnEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.close('escape');
  }
}
