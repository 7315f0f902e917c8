import { describe, expect, it } from 'vitest';
import { FORMAT_LIMIT, parseWhatsAppFormatting } from './whatsapp-format';

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
    // A style never crosses a line; a code block may.
    ['*una\nlínea*', [{ text: '*una\nlínea*' }]],
    ['```a\nb```', [{ text: 'a\nb', mono: true }]],
    ['**', [{ text: '**' }]],
    ['* a*', [{ text: '* a*' }]],
    ['*a *', [{ text: '*a *' }]],
    ['``````', [{ text: '``````' }]],
    ['~_*todo*_~', [{ text: 'todo', strike: true, italic: true, bold: true }]],
    ['*a* *b*', [{ text: 'a', bold: true }, { text: ' ' }, { text: 'b', bold: true }]],
    ['*a _b* c_', [{ text: 'a _b', bold: true }, { text: ' c_' }]],
    ['*uno*dos*', [{ text: 'uno*dos', bold: true }]],
    ['(*entre paréntesis*)', [{ text: '(' }, { text: 'entre paréntesis', bold: true }, { text: ')' }]],
  ])('%j', (input, runs) => {
    expect(parseWhatsAppFormatting(input)).toEqual(runs);
  });

  it('formats up to the limit and keeps the rest as plain text', () => {
    const tail = `${'x'.repeat(FORMAT_LIMIT)} *cd*`;
    expect(parseWhatsAppFormatting(`*ab* ${tail}`)).toEqual([{ text: 'ab', bold: true }, { text: ` ${tail}` }]);
  });

  it.each([
    ['*a ', 'repeated openers'],
    ['*a* _b_ ~c~ ', 'balanced pairs'],
    ['```*_~', 'every marker'],
    ['*_~a ', 'nested openers'],
  ])('keeps every character of %j repeated (%s)', (unit) => {
    const input = unit.repeat(5000);
    const runs = parseWhatsAppFormatting(input, Infinity);
    expect(runs.map((run) => run.text).join('').replace(/[*_~`]/g, '')).toBe(input.replace(/[*_~`]/g, ''));
  });
});
