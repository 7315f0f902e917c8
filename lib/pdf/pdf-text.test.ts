import { describe, expect, it } from 'vitest';
import { describeContent, emptyCounts, STANDARD_FONT, toPieces } from './pdf-text';

/** Pieces as "font:text" with the fonts of a catalog that draws Cyrillic and Arabic only. */
function render(text: string) {
  const counts = emptyCounts();
  const fontFor = (code: number) => (code >= 0x400 && code <= 0x4ff ? 'cyr' : code >= 0x600 && code <= 0x6ff ? 'ar' : undefined);
  const pieces = toPieces(text, fontFor, counts).map((piece) => `${piece.font || 'std'}:${piece.text}`);
  return { pieces, counts };
}

describe('toPieces', () => {
  it.each([
    ['José Álvarez — ñandú, ação, pingüino', ['std:José Álvarez — ñandú, ação, pingüino'], { emoji: 0, controls: 0, unsupported: 0 }],
    ['<script>alert(1)</script>', ['std:<script>alert(1)</script>'], { emoji: 0, controls: 0, unsupported: 0 }],
    ['Gracias 😊', ['std:Gracias [emoji]'], { emoji: 1, controls: 0, unsupported: 0 }],
    ['👍🏽 ok 🇧🇷 👨‍👩‍👧', ['std:[emoji] ok [emoji] [emoji]'], { emoji: 3, controls: 0, unsupported: 0 }],
    ['Привет, Ана', ['cyr:Привет', 'std:, ', 'cyr:Ана'], { emoji: 0, controls: 0, unsupported: 0 }],
    ['مرحبا 1', ['ar:مرحبا', 'std: 1'], { emoji: 0, controls: 0, unsupported: 0 }],
    ['a\u0007b\u0000c', ['std:a[U+0007]b[U+0000]c'], { emoji: 0, controls: 2, unsupported: 0 }],
    ['\u202Eevil\u200B', ['std:[U+202E]evil[U+200B]'], { emoji: 0, controls: 2, unsupported: 0 }],
    ['中文', ['std:[U+4E2D][U+6587]'], { emoji: 0, controls: 0, unsupported: 2 }],
    ['tab\there', ['std:tab    here'], { emoji: 0, controls: 0, unsupported: 0 }],
    ['\uE000 privado', ['std:[U+E000] privado'], { emoji: 0, controls: 0, unsupported: 1 }],
  ])('%j', (input, pieces, counts) => {
    const result = render(input);
    expect(result.pieces).toEqual(pieces);
    expect(result.counts).toEqual(counts);
  });

  it('never loses a character: every one is drawn or marked', () => {
    const counts = emptyCounts();
    const pieces = toPieces('a\u0001b', () => undefined, counts);
    expect(pieces).toEqual([{ text: 'a[U+0001]b', font: STANDARD_FONT }]);
  });
});

describe('describeContent', () => {
  const labels = { media: 'Archivo', unsupported: 'Contenido' };
  it('keeps text', () => expect(describeContent('text/plain', 'hola', labels)).toEqual({ text: 'hola' }));
  it('links media over http(s) only', () => {
    expect(describeContent('application/vnd.lime.media-link+json', { uri: 'https://x.test/a.jpg', title: 'a.jpg' }, labels)).toEqual({ text: '[Archivo] a.jpg', url: 'https://x.test/a.jpg' });
    expect(describeContent('application/vnd.lime.media-link+json', { uri: 'javascript:alert(1)', title: 'x' }, labels)).toEqual({ text: '[Archivo] x', url: undefined });
  });
  it('names what it cannot show', () => expect(describeContent('application/vnd.lime.select+json', { options: [] }, labels)).toEqual({ text: '[Contenido: application/vnd.lime.select+json]' }));
});
