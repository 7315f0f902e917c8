import { describe, expect, it, vi } from 'vitest';
import { displayPhone, phoneFormatter } from './phone-display';

describe('displayPhone', () => {
  it('formats each number once while it is shown again and again', () => {
    const format = vi.fn((value: string) => `formatted ${value}`);
    phoneFormatter.value = format;
    expect(displayPhone('+5491122223333')).toBe('formatted +5491122223333');
    expect(displayPhone('+5491122223333')).toBe('formatted +5491122223333');
    expect(displayPhone('+5511999998888')).toBe('formatted +5511999998888');
    expect(format).toHaveBeenCalledTimes(2);
  });

  it('formats again with a new formatter', () => {
    phoneFormatter.value = (value) => `old ${value}`;
    displayPhone('+5491122223333');
    phoneFormatter.value = (value) => `new ${value}`;
    expect(displayPhone('+5491122223333')).toBe('new +5491122223333');
  });
});
