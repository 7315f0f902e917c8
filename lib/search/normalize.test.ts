import { describe, expect, it } from 'vitest';
import { WordFolder, contactPhoneDigits, nameWords, parseQuery } from './normalize';
import { nationalDigits } from '../domain/calling-codes';

describe('search normalization', () => {
  it.each([
    ['José Álvarez', ['jose', 'alvarez']],
    ['Ana-María  O’Neil 🌻', ['ana', 'maria', 'o', 'neil']],
    ['', []],
    [undefined, []],
  ])('name words of %j', (input, expected) => expect(nameWords(input)).toEqual(expected));

  it.each([
    ['jose alv', { words: ['jose', 'alv'], groups: [], digits: '' }],
    ['+55 (11) 98765-4321', { words: [], groups: ['55', '11', '98765', '4321'], digits: '5511987654321' }],
    ['4321', { words: [], groups: ['4321'], digits: '4321' }],
    ['josé 98765-4321', { words: ['jose'], groups: ['98765', '4321'], digits: '987654321' }],
    ['Farmacia 24 Horas', { words: ['farmacia', 'horas'], groups: ['24'], digits: '24' }],
    ['calle ٣', { words: ['calle'], groups: ['٣'], digits: '' }],
    ['  ', { words: [], groups: [], digits: '' }],
  ])('parses %j', (input, expected) => expect(parseQuery(input)).toEqual(expected));

  it.each([
    ['5511987654321', '11987654321'],
    ['5215512345678', '5512345678'],
    ['525512345678', '5512345678'],
    ['5491122223333', '1122223333'],
    ['14155550123', '4155550123'],
    ['351912345678', '912345678'],
    ['1234', ''],
  ])('national digits of %s are %s', (full, national) => expect(nationalDigits(full)).toBe(national));

  it.each([
    ['5511987654321@wa.gw.msging.net', '11987654321', '5511987654321'],
    ['abc@0mn.io', '+34 612 345 678', '34612345678'],
    ['abc@0mn.io', undefined, ''],
    ['abc@0mn.io', '12', ''],
  ])('phone digits of %s / %s', (identity, phone, expected) => expect(contactPhoneDigits(identity, phone)).toBe(expected));
});

describe('word folder', () => {
  it.each(['José Álvarez', 'Ana-María  O’Neil 🌻', 'josé JOSÉ José', '', 'Conceição  Gonçalves'])('folds %j like nameWords, without repeats', (name) => {
    expect(new WordFolder().words(name)).toEqual([...new Set(nameWords(name))]);
  });
});
