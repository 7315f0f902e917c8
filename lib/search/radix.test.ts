import { describe, expect, it } from 'vitest';
import { radixSort } from './radix';

describe('radix sort', () => {
  it.each([
    [[5, 3, 9, 3, 0]],
    [[0, 0, 0]],
    [[2 ** 52 + 7, 1, 2 ** 40, 5511987654321, 5511987654320]],
    [[]],
  ])('orders %j like a stable comparator sort', (values) => {
    const keys = Float64Array.from(values);
    const order = Int32Array.from(values.keys());
    const expected = [...order].sort((a, b) => keys[a]! - keys[b]! || a - b);
    expect([...radixSort(order, keys)]).toEqual(expected);
  });

  it('sorts a subset of indices', () => {
    const keys = Float64Array.from([9, 8, 7, 6]);
    expect([...radixSort(Int32Array.from([0, 2, 3]), keys)]).toEqual([3, 2, 0]);
  });
});
