import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst, then one use per period', () => {
    const bucket = new TokenBucket(3, 10_000);
    expect([0, 1, 2, 3].map((at) => bucket.take(at))).toEqual([true, true, true, false]);
    expect(bucket.take(9_000)).toBe(false);
    expect(bucket.take(10_003)).toBe(true);
    expect(bucket.take(10_004)).toBe(false);
  });

  it('never holds more than its capacity, however long it rested', () => {
    const bucket = new TokenBucket(2, 1_000);
    bucket.take(0);
    expect([1e9, 1e9, 1e9].map((at) => bucket.take(at))).toEqual([true, true, false]);
  });
});
