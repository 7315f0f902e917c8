import { describe, expect, it } from 'vitest';
import { parseWhatsAppFormatting } from './whatsapp-format';

describe('parseWhatsAppFormatting', () => {
  it.each([
    ['plain text', [{ text: 'plain text' }]],
    ['*hola* mundo', [{ text: 'hola', bold: true }, { text: ' mundo' }]],
    ['_cursiva_, ~tachado~', [{ text: 'cursiva', italic: true }, { text: ', ' }, { text: 'tachado', strike: true }]],
    ['```const x = *1*```', [{ text: 'const x = *1*', mono: true }]],
    ['*negrita _y cursiva_*', [{ text: 'negrita ', bold: true }, { text: 'y cursiva', bold: true, italic: true }]],
    ['2 * 3 * 4', [{ text: '2 * 3 * 4' }]],
    ['mi_variable_larga', [{ text: 'mi_variable_larga' }]],
    ['*sin cerrar', [{ text: '*sin cerrar' }]],
    ['<b>no es html</b>', [{ text: '<b>no es html</b>' }]],
    ['*José* ✨', [{ text: 'José', bold: true }, { text: ' ✨' }]],
  ])('%s', (input, runs) => {
    expect(parseWhatsAppFormatting(input)).toEqual(runs);
  });
});
