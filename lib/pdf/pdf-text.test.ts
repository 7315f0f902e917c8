import { describe, expect, it } from 'vitest';
import { describeContent, pdfSafeText } from './pdf-text';

describe('pdfSafeText', () => {
  it.each([
    ['José Álvarez — ñandú, ação, pingüino', 'José Álvarez — ñandú, ação, pingüino'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['Gracias 😊', 'Gracias [emoji]'],
    ['Pedido 📦📦', 'Pedido [emoji][emoji]'],
    ['👍🏽 ok', '[emoji] ok'],
    ['🇧🇷 Brasil', '[emoji] Brasil'],
    ['👨‍👩‍👧 familia', '[emoji] familia'],
    ['Привет', '[U+041F][U+0440][U+0438][U+0432][U+0435][U+0442]'],
    ['line\nbreak\ttab', 'line\nbreak    tab'],
  ])('%s', (input, expected) => {
    expect(pdfSafeText(input)).toBe(expected);
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
