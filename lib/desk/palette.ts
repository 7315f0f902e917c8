import type { DeskReply } from '../rpc/contracts/desk';
import { filterReplies } from '../domain/reply-filter';
import { PALETTE_STYLE } from './palette-style';
import type { PaletteText } from './palette-text';
import { PALETTE_TAG } from './palette-host';
import { optionList, valuesForm } from './palette-parts';

const MAX_SHOWN = 50;

/** Why the palette closed: Escape (focus goes back to the box), a reply was taken, or anything else. */
export type CloseReason = 'escape' | 'done' | 'other';

interface PaletteOptions {
  anchor: HTMLElement;
  text: PaletteText;
  /** `search`: the palette's own search box has focus. `slash`: the agent keeps typing in the desk box. */
  mode: 'search' | 'slash';
  onChoose: (reply: DeskReply) => void;
  onClose: (reason: CloseReason) => void;
}

/**
 * The reply palette over the desk's message box, in a shadow root: a search box (or the "/" text
 * typed in the desk box), a listbox of replies, and a form for variables without a value.
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
    if (!this.host) {
      this.host = this.doc.createElement(PALETTE_TAG);
      this.root = this.host.attachShadow({ mode: 'open' });
    }
    this.doc.documentElement.append(this.host);
    this.place();
    this.render();
  }

  /** The replies arrived (or failed to). */
  setReplies(replies: DeskReply[] | undefined): void {
    this.replies = replies;
    this.failed = replies === undefined;
    this.renderResults();
  }

  setQuery(query: string): void {
    this.query = query;
    this.active = 0;
    this.renderResults();
  }

  move(delta: number): void {
    if (this.shown.length === 0) return;
    this.active = (this.active + delta + this.shown.length) % this.shown.length;
    this.renderResults();
  }

  choose(): void {
    const reply = this.shown[this.active];
    if (reply) this.options?.onChoose(reply);
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
      this.closeOnEscape(event);
      // Typing a value belongs to the form, not to the desk's shortcuts.
      event.stopPropagation();
    });
    this.options = { ...this.options!, mode: 'search' };
    this.results = undefined;
    this.input = undefined;
    this.live = undefined;
    this.frame().append(form);
    first?.focus();
  }

  private place(): void {
    const rect = this.options!.anchor.getBoundingClientRect();
    const width = Math.min(480, Math.max(280, rect.width));
    const view = this.doc.defaultView!;
    const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
    const style = this.host!.style;
    style.left = `${left}px`;
    style.width = `${width}px`;
    // Above the box when there is room (the desk's composer sits at the bottom), else below it.
    if (rect.top > 200) {
      style.top = '';
      style.bottom = `${view.innerHeight - rect.top + 6}px`;
    } else {
      style.bottom = '';
      style.top = `${rect.bottom + 6}px`;
    }
  }

  /** Clears the shadow root and returns the palette's frame with its header. */
  private frame(): HTMLElement {
    const root = this.root!;
    root.replaceChildren();
    const style = this.doc.createElement('style');
    style.textContent = PALETTE_STYLE;
    const box = this.doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', this.options!.text.label);
    const header = this.doc.createElement('header');
    const title = this.doc.createElement('strong');
    title.textContent = this.options!.text.label;
    const hint = this.doc.createElement('span');
    hint.textContent = this.options!.text.hint;
    header.append(title, hint);
    box.append(header);
    root.append(style, box);
    return box;
  }

  /** Builds the frame and, in search mode, the search box; the results follow in their own region. */
  private render(): void {
    const { text, mode } = this.options!;
    const box = this.frame();
    this.input = undefined;
    if (mode === 'search') {
      const input = this.doc.createElement('input');
      input.type = 'search';
      input.value = this.query;
      input.placeholder = text.placeholder;
      input.setAttribute('aria-label', text.placeholder);
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-controls', 'replies');
      input.setAttribute('aria-expanded', 'true');
      input.addEventListener('input', () => this.setQuery(input.value));
      input.addEventListener('keydown', (event) => this.onSearchKey(event));
      box.append(input);
      this.input = input;
    }
    this.results = this.doc.createElement('div');
    box.append(this.results);
    this.live = undefined;
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
