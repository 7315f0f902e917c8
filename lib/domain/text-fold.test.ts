import { describe, expect, it } from 'vitest';
import { foldText } from './text-fold';

describe('text folding', () => {
  it.each([
    ['José Álvarez', 'jose alvarez'],
    ['MUÑOZ', 'munoz'],
    ['Conceição Gonçalves', 'conceicao goncalves'],
    ['Iñaki Ibáñez', 'inaki ibanez'],
  ])('folds %j to %j', (input, expected) => expect(foldText(input)).toBe(expected));
});
