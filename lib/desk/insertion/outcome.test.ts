import { describe, expect, it } from 'vitest';
import { expectInsertion, squeeze } from './outcome';

describe('squeeze', () => {
  it('drops whitespace and the invisible padding editors put in empty lines, keeping emoji and accents', () => {
    expect(squeeze('Buen día ☀️\n\u200bÁngela\u00a0🙌🏽\ufeff')).toBe('Buendía☀️Ángela🙌🏽');
  });
});

describe('expectInsertion', () => {
  it('expects the text right after what preceded the replaced part, and the length the box will have', () => {
    const box = document.createElement('div');
    box.textContent = 'Buen día. /bienv y más';
    expect(expectInsertion(box, 'Buen día. ', '/bienv', 'Hola\nRenata')).toEqual({ start: 'Buendía.HolaRenata', length: 'Buendía./bienvymás'.length - 6 + 10 });
  });
});
