import { STANDARD_FONT, type Piece } from './pdf-text';

/** Measures a piece in its font (points). */
export type Measure = (piece: Piece) => number;

/** Strong right-to-left letters: Hebrew and Arabic, with their presentation forms. */
const RTL = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** Scripts written without spaces, where a line may break between any two characters. */
const NO_SPACES = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

export function hasRtl(pieces: Piece[]): boolean {
  return pieces.some((piece) => RTL.test(piece.text));
}

/** The paragraph's direction, from its first strong letter (right-to-left when that is Hebrew or Arabic). */
export function isRtlParagraph(pieces: Piece[]): boolean {
  const text = pieces.map((piece) => piece.text).join('');
  const first = /[\p{L}]/u.exec(text)?.[0];
  return first !== undefined && RTL.test(first);
}

/** Splits pieces into break units: a word with the spaces after it, or one character of a script without spaces. */
function units(pieces: Piece[]): Piece[][] {
  const result: Piece[][] = [];
  let current: Piece[] = [];
  const push = (char: string, font: string) => {
    const last = current.at(-1);
    if (last && last.font === font) last.text += char;
    else current.push({ text: char, font });
  };
  let afterSpace = false;
  for (const piece of pieces) {
    for (const char of piece.text) {
      const lone = NO_SPACES.test(char);
      if ((afterSpace && char !== ' ') || (lone && current.length)) {
        result.push(current);
        current = [];
      }
      push(char, piece.font);
      afterSpace = char === ' ' || lone;
    }
  }
  if (current.length) result.push(current);
  return result;
}

const widthOf = (pieces: Piece[], measure: Measure) => pieces.reduce((sum, piece) => sum + measure(piece), 0);

/** Splits a unit wider than a line character by character (a long word or a URL). */
function hardBreak(unit: Piece[], maxWidth: number, measure: Measure): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let width = 0;
  for (const piece of unit) {
    for (const char of piece.text) {
      const charWidth = measure({ text: char, font: piece.font });
      if (width + charWidth > maxWidth && line.length) {
        lines.push(line);
        line = [];
        width = 0;
      }
      const last = line.at(-1);
      if (last && last.font === piece.font) last.text += char;
      else line.push({ text: char, font: piece.font });
      width += charWidth;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Wraps one paragraph (logical order) into lines no wider than `maxWidth`. */
export function wrapPieces(pieces: Piece[], maxWidth: number, measure: Measure): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let width = 0;
  for (const unit of units(pieces)) {
    const unitWidth = widthOf(unit, measure);
    if (width + unitWidth <= maxWidth || (line.length === 0 && unitWidth <= maxWidth)) {
      line.push(...unit);
      width += unitWidth;
      continue;
    }
    if (line.length) lines.push(line);
    if (unitWidth > maxWidth) {
      const broken = hardBreak(unit, maxWidth, measure);
      line = broken.pop() ?? [];
      lines.push(...broken);
    } else line = [...unit];
    width = widthOf(line, measure);
  }
  if (line.length || lines.length === 0) lines.push(line);
  return lines.map(merge);
}

function merge(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && last.font === piece.font) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}

/**
 * A line in drawing order: the bidi engine's visual order of the whole line, each character still
 * in its own font. `reorder` answers the visual string and fills `map` (logical index → visual index).
 */
export function visualOrder(line: Piece[], reorder: (text: string, map: number[]) => string): Piece[] {
  const text = line.map((piece) => piece.text).join('');
  const fonts: string[] = [];
  for (const piece of line) for (let index = 0; index < piece.text.length; index++) fonts.push(piece.font);
  const map: number[] = [];
  const visual = reorder(text, map);
  if (map.length !== text.length) return line;
  const fontAt: string[] = new Array(text.length).fill(STANDARD_FONT);
  map.forEach((target, source) => (fontAt[target] = fonts[source]!));
  const pieces: Piece[] = [];
  for (let index = 0; index < visual.length; index++) {
    const last = pieces.at(-1);
    if (last && last.font === fontAt[index]) last.text += visual[index];
    else pieces.push({ text: visual[index]!, font: fontAt[index]! });
  }
  return pieces;
}
