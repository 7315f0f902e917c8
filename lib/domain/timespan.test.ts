import { describe, expect, it } from 'vitest';
import { formatDuration, parseTimeSpan } from './timespan';

describe('parseTimeSpan', () => {
  it.each([
    ['00:00:00', 0],
    ['00:01:30', 90_000],
    ['01:00:00', 3_600_000],
    ['00:00:05.5000000', 5_500],
    ['00:00:05.123', 5_123],
    ['2.00:58:27.3058952', 2 * 86_400_000 + 58 * 60_000 + 27_306],
    ['-00:00:10', -10_000],
    ['23:59:59', 86_399_000],
  ])('%s → %d ms', (text, ms) => {
    expect(parseTimeSpan(text)).toBe(ms);
  });

  it.each(['', 'abc', '1:2', '00:60:00', '00:00:61', '1.2.00:00:00', null, undefined])('rejects %j', (text) => {
    expect(parseTimeSpan(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [undefined, '—'],
    [45_000, '45 s'],
    [12 * 60_000, '12 min'],
    [65 * 60_000, '1 h 05 min'],
    [51 * 3_600_000, '2 d 03 h'],
  ])('%s → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
