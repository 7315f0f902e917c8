import { describe, expect, it } from 'vitest';
import { PackedStrings } from './packed-strings';

describe('packed strings', () => {
  const values = ['José Álvarez', '', 'Joaquín Muñoz 🌻', 'Лариса', '李小龙', 'þÿ', '\ud800 lone', undefined, 'a'.repeat(300)];
  const packed = PackedStrings.of(values.length, (index) => values[index]);

  it('reads every string back exactly, lone surrogates included', () => {
    expect(values.map((_, index) => packed.get(index))).toEqual(values.map((value) => value ?? ''));
  });

  it('takes a byte a character for Latin-1 text', () => {
    const latin = PackedStrings.of(1, () => 'Conceição Gonçalves');
    expect(latin.bytes.length).toBe('Conceição Gonçalves'.length);
  });
});
