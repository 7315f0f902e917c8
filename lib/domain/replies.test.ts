import { describe, expect, it } from 'vitest';
import { categoryFingerprint, categoryNameProblem, isOurCategoryId, moveItem, newCategoryId, replyTitleProblem } from './replies';
import { fillVariables, variablesIn } from './reply-variables';
import { decodeCsv, parseCsvRows, repliesFromCsv, repliesToCsv } from './replies-csv';

describe('ready reply limits', () => {
  it('allows 60 characters in a category name and 30 in a title, counting an emoji as one', () => {
    expect(categoryNameProblem('a'.repeat(60))).toBeUndefined();
    expect(categoryNameProblem('a'.repeat(61))).toBe('too-long');
    expect(replyTitleProblem('👋'.repeat(30))).toBeUndefined();
    expect(replyTitleProblem('👋'.repeat(31))).toBe('too-long');
    expect(replyTitleProblem('   ')).toBe('required');
    expect(replyTitleProblem('Saludo', ['saludo'])).toBe('duplicate');
  });

  it('marks our categories by id', () => {
    expect(isOurCategoryId(newCategoryId())).toBe(true);
    expect(isOurCategoryId('portal-saludos')).toBe(false);
  });

  it('fingerprints content, not identity of objects', () => {
    const category = { name: 'Saludos', replies: [{ id: '1', title: 'Hola', text: 'Hola, ¿cómo está?' }] };
    expect(categoryFingerprint(structuredClone(category))).toBe(categoryFingerprint(category));
    expect(categoryFingerprint({ ...category, name: 'Saludo' })).not.toBe(categoryFingerprint(category));
  });

  it('moves items within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
  });
});

describe('reply variables', () => {
  it('fills known variables and reports the missing ones', () => {
    const text = 'Hola {{contact.name}}, soy {{ agent.fullName }}. Su número: {{contact.phoneNumber}} {{contact.name}}';
    expect(variablesIn(text).known).toEqual(['contact.name', 'agent.fullName', 'contact.phoneNumber']);
    const result = fillVariables(text, { 'contact.name': 'José', 'agent.fullName': 'Ana' });
    expect(result.text).toBe('Hola José, soy Ana. Su número: {{contact.phoneNumber}} José');
    expect(result.missing).toEqual(['contact.phoneNumber']);
  });

  it('leaves variables Desk does not know untouched and lists them', () => {
    expect(variablesIn('{{contact.favorite}}').unknown).toEqual(['contact.favorite']);
    expect(fillVariables('{{contact.favorite}}', { 'contact.favorite': 'x' }).text).toBe('{{contact.favorite}}');
  });
});

describe('replies CSV', () => {
  const groups = [
    { name: 'Saludos, "formales"', replies: [{ title: 'Bom dia ☀️', text: 'Linha 1\nLinha 2, com vírgula; e "aspas"' }] },
    { name: 'Cierre', replies: [{ title: 'Gracias', text: '¡Gracias, {{contact.name}}! 🙌' }, { title: 'Encuesta', text: '¿Nos califica?' }] },
  ];

  it('round-trips without loss', () => {
    const csv = repliesToCsv(groups);
    expect(csv.startsWith('\uFEFFcategory,title,text\r\n')).toBe(true);
    expect(repliesFromCsv(csv)).toEqual({ groups, errors: [] });
  });

  it('reports each bad row by its spreadsheet row number and keeps the good ones', () => {
    const csv = `category,title,text\nSaludos,Hola,Hola!\n,Sin categoría,texto\nSaludos,${'x'.repeat(31)},largo\nSaludos,Solo dos\n`;
    const { groups: read, errors } = repliesFromCsv(csv);
    expect(read).toEqual([{ name: 'Saludos', replies: [{ title: 'Hola', text: 'Hola!' }] }]);
    expect(errors).toEqual([
      { row: 3, field: 'category', problem: 'required' },
      { row: 4, field: 'title', problem: 'too-long' },
      { row: 5, field: 'columns', problem: 'columns' },
    ]);
  });

  it('keeps formula-like text as text and reads it back unchanged, leading line breaks included', () => {
    const risky = [{ name: 'Fórmulas', replies: [{ title: 'Suma', text: '=1+1' }, { title: 'Lista', text: '- uno\n- dos' }, { title: 'Espacio', text: '\nhola ' }] }];
    const csv = repliesToCsv(risky);
    expect(csv).toContain(`"'=1+1"`);
    expect(repliesFromCsv(csv).groups).toEqual(risky);
  });

  it('reads Windows-1252 files as spreadsheets save them', () => {
    const latin1 = Uint8Array.from([...'category,title,text\nAtenci\u00f3n,Hola,Ol\u00e1'].map((char) => char.charCodeAt(0)));
    expect(repliesFromCsv(decodeCsv(latin1.buffer)).groups).toEqual([{ name: 'Atención', replies: [{ title: 'Hola', text: 'Olá' }] }]);
  });

  it('accepts semicolons (spreadsheets in Spanish and Portuguese locales) and CRLF', () => {
    expect(parseCsvRows('a;b;"c;d"\r\n1;2;3')).toEqual([['a', 'b', 'c;d'], ['1', '2', '3']]);
  });
});
