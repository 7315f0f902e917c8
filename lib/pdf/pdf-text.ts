/**
 * How transcript text becomes drawable pieces. The standard PDF font covers WinAnsi (Latin-1 plus a
 * few typographic signs): every accent of Spanish and Portuguese. Other scripts are drawn with an
 * embedded font for that script when the catalog has one. Nothing is dropped or garbled silently:
 * emoji become "[emoji]", control and invisible formatting characters a visible "[U+0007]" mark,
 * characters no font draws "[U+XXXX]" — each counted, so the transcript can say how many.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const EMOJI_SEQUENCE = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*|\p{Regional_Indicator}{1,2}|\p{Emoji_Modifier}|[0-9#*]\uFE0F?\u20E3/gu;
/** Control characters, invisible formatting (bidi overrides, zero-width marks, BOM), separators and variation selectors. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Variation_Selector}\u2028\u2029]/u;

/** The built-in PDF font (Helvetica, WinAnsi). */
export const STANDARD_FONT = '';

/** A run of text drawn with one font (`STANDARD_FONT` or a catalog font's key). */
export interface Piece {
  text: string;
  font: string;
}

/** What was replaced by a visible mark while preparing the text. */
export interface TextCounts {
  emoji: number;
  /** Control and invisible formatting characters. */
  controls: number;
  /** Characters no embedded font draws. */
  unsupported: number;
}

export const emptyCounts = (): TextCounts => ({ emoji: 0, controls: 0, unsupported: 0 });

const codeMark = (codePoint: number) => `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff && code !== 0xad) || WIN_ANSI_EXTRA.has(char);
}

/**
 * One line of text (no line breaks) as pieces, each in the font that draws it. `fontFor` finds an
 * embedded font for a code point outside WinAnsi (undefined: none has it).
 */
export function toPieces(text: string, fontFor: (codePoint: number) => string | undefined, counts: TextCounts): Piece[] {
  const pieces: Piece[] = [];
  const add = (chunk: string, font: string) => {
    const last = pieces.at(-1);
    if (last && last.font === font) last.text += chunk;
    else pieces.push({ text: chunk, font });
  };
  const addChar = (char: string) => {
    const code = char.codePointAt(0)!;
    if (char === '\t') add('    ', STANDARD_FONT);
    else if (INVISIBLE.test(char) || code === 0xad) {
      counts.controls++;
      add(codeMark(code), STANDARD_FONT);
    } else if (isWinAnsi(char)) add(char, STANDARD_FONT);
    else {
      const font = fontFor(code);
      if (font) add(char, font);
      else {
        counts.unsupported++;
        add(codeMark(code), STANDARD_FONT);
      }
    }
  };
  let from = 0;
  for (const match of text.matchAll(EMOJI_SEQUENCE)) {
    for (const char of text.slice(from, match.index)) addChar(char);
    counts.emoji++;
    add('[emoji]', STANDARD_FONT);
    from = match.index + match[0].length;
  }
  for (const char of text.slice(from)) addChar(char);
  return pieces;
}

/** A message's content as transcript text, and its link when it is media (http/https only). */
export function describeContent(type: string, content: unknown, labels: { media: string; unsupported: string }): { text: string; url?: string } {
  if (typeof content === 'string') return { text: content };
  if (type === 'application/vnd.lime.media-link+json' && content && typeof content === 'object') {
    const media = content as { uri?: unknown; title?: unknown; text?: unknown; type?: unknown };
    const uri = typeof media.uri === 'string' && /^https?:\/\//i.test(media.uri) ? media.uri : undefined;
    const title = [media.title, media.text].find((value) => typeof value === 'string' && value.trim()) as string | undefined;
    return { text: `[${labels.media}] ${title ?? uri ?? ''}`.trim(), url: uri };
  }
  if (content && typeof content === 'object' && typeof (content as { text?: unknown }).text === 'string') return { text: (content as { text: string }).text };
  return { text: `[${labels.unsupported}: ${type}]` };
}
