/** A run of text with WhatsApp's inline styles. */
export interface FormattedRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  mono?: boolean;
}

type Style = 'bold' | 'italic' | 'strike';
type Styles = Omit<FormattedRun, 'text'>;

const STYLE_OF: Record<string, Style> = { '*': 'bold', _: 'italic', '~': 'strike' };
const FENCE = '```';
const BACKTICK = 96;

/**
 * Characters formatted at most; the rest of a longer text is shown as it is (plain text, nothing
 * dropped). WhatsApp itself caps a message at 4,096 characters.
 */
export const FORMAT_LIMIT = 10_000;

/**
 * Parses WhatsApp formatting (*bold*, _italic_, ~strike~, ```mono```) into styled runs. A marker
 * only opens before a non-space after a space, punctuation or the start, and closes after a
 * non-space on the same line, as WhatsApp does; anything else is text. The result is plain data
 * for the UI to render as DOM nodes — never HTML.
 *
 * Linear in the text's length: where each marker's next closing position is, is found once by a
 * backward scan, and every character is then visited once (styles nest at most three deep).
 */
export function parseWhatsAppFormatting(input: string, limit = FORMAT_LIMIT): FormattedRun[] {
  const head = input.length > limit ? input.slice(0, limit) : input;
  const runs: FormattedRun[] = [];
  new Parser(head).parse(0, head.length, {}, runs);
  if (head.length < input.length) {
    const rest = input.slice(head.length);
    const last = runs.at(-1);
    if (last && Object.keys(last).length === 1) last.text += rest;
    else runs.push({ text: rest });
  }
  return runs;
}

const ASCII_PUNCTUATION = new Set('!"#%&\'()*,-./:;?@[\\]_{}');

/** White space, or no character at all (the text's edge). ASCII is decided without a regex: it is most of what is typed. */
function isSpace(char: string | undefined): boolean {
  if (char === undefined) return true;
  const code = char.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(char);
}

/** Where a marker may open after, or close before: a space, punctuation, or the text's edge. */
function isBoundary(char: string | undefined): boolean {
  if (char === undefined) return true;
  return char.charCodeAt(0) < 128 ? isSpace(char) || ASCII_PUNCTUATION.has(char) : /[\s\p{P}]/u.test(char);
}

/** A run with only the styles that are on (the same shape whatever the nesting). */
function run(text: string, styles: Styles): FormattedRun {
  const result: FormattedRun = { text };
  if (styles.bold) result.bold = true;
  if (styles.italic) result.italic = true;
  if (styles.strike) result.strike = true;
  return result;
}

class Parser {
  /** Per marker, the first position at or after each index that closes it on the same line (-1: none). */
  private readonly closers: Record<string, Int32Array>;
  /** The first position at or after each index where a ``` starts (-1: none). */
  private readonly fences: Int32Array;

  constructor(private readonly text: string) {
    const length = text.length;
    const bold = new Int32Array(length + 1);
    const italic = new Int32Array(length + 1);
    const strike = new Int32Array(length + 1);
    const fences = new Int32Array(length + 1);
    let nextBold = -1;
    let nextItalic = -1;
    let nextStrike = -1;
    let nextFence = -1;
    bold[length] = italic[length] = strike[length] = fences[length] = -1;
    for (let index = length - 1; index >= 0; index--) {
      const char = text[index]!;
      if (char === '\n') nextBold = nextItalic = nextStrike = -1;
      else if (STYLE_OF[char] !== undefined && !isSpace(text[index - 1]) && isBoundary(text[index + 1])) {
        if (char === '*') nextBold = index;
        else if (char === '_') nextItalic = index;
        else nextStrike = index;
      } else if (char === '`' && text.startsWith(FENCE, index)) nextFence = index;
      bold[index] = nextBold;
      italic[index] = nextItalic;
      strike[index] = nextStrike;
      fences[index] = nextFence;
    }
    this.closers = { '*': bold, _: italic, '~': strike };
    this.fences = fences;
  }

  /** Appends the runs of `text[start, end)`, inside the styles already open, to `runs`. */
  parse(start: number, end: number, styles: Styles, runs: FormattedRun[]): void {
    const { text } = this;
    let plainFrom = start;
    for (let index = start; index < end; ) {
      const fenceEnd = text.charCodeAt(index) === BACKTICK && index + 3 < end && text.startsWith(FENCE, index) ? this.fences[index + 3]! : -1;
      if (fenceEnd > index + 3 && fenceEnd + 3 <= end) {
        if (index > plainFrom) runs.push(run(text.slice(plainFrom, index), styles));
        runs.push({ ...run(text.slice(index + 3, fenceEnd), styles), mono: true });
        index = plainFrom = fenceEnd + 3;
        continue;
      }
      const char = text[index]!;
      const style = STYLE_OF[char];
      const opens = style && !styles[style] && index + 1 < end && !isSpace(text[index + 1]) && (index === start || isBoundary(text[index - 1]));
      const close = opens ? this.closing(char, index + 2, end) : -1;
      if (close !== -1) {
        if (index > plainFrom) runs.push(run(text.slice(plainFrom, index), styles));
        this.parse(index + 1, close, { ...styles, [style!]: true }, runs);
        index = plainFrom = close + 1;
        continue;
      }
      index++;
    }
    if (end > plainFrom) runs.push(run(text.slice(plainFrom, end), styles));
  }

  /**
   * The first position in [from, end) closing `marker`. Inside a styled range (never more than a
   * line), its last character may close whatever follows it, as the outer marker does.
   */
  private closing(marker: string, from: number, end: number): number {
    if (from >= end) return -1;
    const found = this.closers[marker]![from]!;
    if (found !== -1 && found < end) return found;
    const last = end - 1;
    const inner = end < this.text.length;
    return inner && this.text[last] === marker && !isSpace(this.text[last - 1]) ? last : -1;
  }
}
