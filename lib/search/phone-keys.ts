import { BlockSorted, type Run } from './block-sorted';
import { radixSort } from './radix';

/** Longest E.164 number. */
export const MAX_DIGITS = 15;

/**
 * Digit strings of one kind (full numbers, national numbers or reversed numbers) as exact doubles,
 * grouped by length and sorted inside each group: a prefix of length L is, in the group of length D,
 * the value range [p·10^(D−L), (p+1)·10^(D−L)) — two binary searches per group, no strings kept.
 */
export class PhoneKeys {
  constructor(
    /** The numbers of this kind, grouped by digit count (`groupStart[d]` … `groupStart[d + 1]`), each group sorted. */
    readonly values: Float64Array,
    readonly groupStart: Int32Array,
    /** The ordinal of each value. */
    readonly ordinals: BlockSorted,
  ) {}

  /** Builds from (ordinal, digits) pairs; empty digit strings are skipped. */
  static build(count: number, digitsOf: (ordinal: number) => string): PhoneKeys {
    const lengths = new Uint8Array(count);
    const numbers = new Float64Array(count);
    const groupStart = new Int32Array(MAX_DIGITS + 2);
    const present: number[] = [];
    for (let ordinal = 0; ordinal < count; ordinal++) {
      const digits = digitsOf(ordinal);
      if (digits.length === 0 || digits.length > MAX_DIGITS) continue;
      lengths[ordinal] = digits.length;
      numbers[ordinal] = Number(digits);
      groupStart[digits.length + 1]!++;
      present.push(ordinal);
    }
    for (let length = 1; length <= MAX_DIGITS + 1; length++) groupStart[length]! += groupStart[length - 1]!;
    // By value first, then a stable split by length: every length group comes out sorted by value.
    const byValue = radixSort(Int32Array.from(present), numbers);
    const order = new Int32Array(byValue.length);
    const fill = groupStart.slice();
    for (const ordinal of byValue) order[fill[lengths[ordinal]!]!++] = ordinal;
    const values = new Float64Array(order.length);
    for (let index = 0; index < order.length; index++) values[index] = numbers[order[index]!]!;
    return new PhoneKeys(values, groupStart, BlockSorted.of(order));
  }

  /** Appends the runs of every number of this kind that starts with `prefix`; returns how many entries they hold. */
  prefixRuns(prefix: string, out: Run[]): number {
    let total = 0;
    this.eachRange(prefix, (lo, hi) => {
      this.ordinals.runs(lo, hi, out);
      total += hi - lo;
    });
    return total;
  }

  /** Sets the bit of every contact with a number of this kind starting with `prefix`. */
  mark(prefix: string, bits: Uint32Array): void {
    this.eachRange(prefix, (lo, hi) => this.ordinals.mark(lo, hi, bits));
  }

  /** The key-order range [lo, hi) of the numbers of this kind equal to `value` with `length` digits. */
  exactRange(value: number, length: number): [number, number] {
    if (length === 0 || length > MAX_DIGITS) return [0, 0];
    const start = this.groupStart[length]!;
    const end = this.groupStart[length + 1]!;
    const lo = lowerBound(this.values, value, start, end);
    return [lo, lowerBound(this.values, value + 1, lo, end)];
  }

  /** The ordinal at a key-order position. */
  ordinalAt(position: number): number {
    return this.ordinals.keyOrder[position]!;
  }

  /** Calls `visit` with the key-order range of each length group holding numbers that start with `prefix`. */
  private eachRange(prefix: string, visit: (lo: number, hi: number) => void): void {
    const length = prefix.length;
    if (length === 0 || length > MAX_DIGITS) return;
    const head = Number(prefix);
    for (let digits = length; digits <= MAX_DIGITS; digits++) {
      const start = this.groupStart[digits]!;
      const end = this.groupStart[digits + 1]!;
      if (start === end) continue;
      const scale = 10 ** (digits - length);
      const lo = lowerBound(this.values, head * scale, start, end);
      const hi = lowerBound(this.values, (head + 1) * scale, lo, end);
      if (hi > lo) visit(lo, hi);
    }
  }

  get byteLength(): number {
    return this.values.byteLength + this.groupStart.byteLength + this.ordinals.byteLength;
  }
}

function lowerBound(values: Float64Array, target: number, start: number, end: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The digits backwards: a number's last digits become a prefix. */
export function reverse(digits: string): string {
  let out = '';
  for (let index = digits.length - 1; index >= 0; index--) out += digits[index];
  return out;
}
