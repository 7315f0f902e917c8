const BITS = 11;
const BUCKETS = 1 << BITS;

/**
 * Sorts `order` (indices into `keys`) by `keys[index]` ascending, keeping the given order among
 * equal keys. Keys are non-negative integers below 2^53. An LSD radix sort, 11 bits a pass: a
 * million entries in a few passes over typed arrays instead of ~20 million comparator calls.
 */
export function radixSort(order: Int32Array, keys: Float64Array): Int32Array {
  let max = 0;
  for (let index = 0; index < order.length; index++) max = Math.max(max, keys[order[index]!]!);
  let source: Int32Array = order;
  let target: Int32Array = new Int32Array(order.length);
  const counts = new Int32Array(BUCKETS);
  for (let divisor = 1; divisor <= max; divisor *= BUCKETS) {
    counts.fill(0);
    for (let index = 0; index < source.length; index++) counts[Math.floor(keys[source[index]!]! / divisor) % BUCKETS]!++;
    for (let bucket = 0, sum = 0; bucket < BUCKETS; bucket++) {
      const count = counts[bucket]!;
      counts[bucket] = sum;
      sum += count;
    }
    for (let index = 0; index < source.length; index++) {
      const entry = source[index]!;
      target[counts[Math.floor(keys[entry]! / divisor) % BUCKETS]!++] = entry;
    }
    [source, target] = [target, source];
  }
  return source;
}
