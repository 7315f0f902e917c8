/** Entries per block: small enough that the two partial blocks of a range sort in microseconds. */
export const BLOCK = 128;

/** A sorted slice `values[pos..end)` a merge reads from. */
export interface Run {
  values: Int32Array;
  pos: number;
  end: number;
}

/**
 * Ordinals kept in key order (so a prefix is one contiguous range) plus a copy where every block of
 * `BLOCK` entries is sorted by ordinal. Since ordinal = recency rank, the most recent matches of a
 * range are its smallest ordinals: whole blocks give sorted runs directly and only the two partial
 * blocks at the ends are sorted at query time — no scan of the whole range.
 */
export class BlockSorted {
  constructor(
    readonly keyOrder: Int32Array,
    /** `keyOrder` with every block of `BLOCK` entries sorted by ordinal. */
    readonly sorted: Int32Array,
  ) {}

  static of(keyOrder: Int32Array): BlockSorted {
    const sorted = keyOrder.slice();
    for (let start = 0; start < sorted.length; start += BLOCK) sorted.subarray(start, Math.min(start + BLOCK, sorted.length)).sort();
    return new BlockSorted(keyOrder, sorted);
  }

  /** Appends the runs covering `[lo, hi)` of the key order to `out`. */
  runs(lo: number, hi: number, out: Run[]): void {
    if (hi <= lo) return;
    const firstFull = Math.ceil(lo / BLOCK) * BLOCK;
    const lastFull = Math.floor(hi / BLOCK) * BLOCK;
    if (firstFull >= lastFull) {
      out.push(partial(this.keyOrder, lo, hi));
      return;
    }
    if (lo < firstFull) out.push(partial(this.keyOrder, lo, firstFull));
    for (let start = firstFull; start < lastFull; start += BLOCK) out.push({ values: this.sorted, pos: start, end: start + BLOCK });
    if (lastFull < hi) out.push(partial(this.keyOrder, lastFull, hi));
  }

  /** Sets the bit of every ordinal in `[lo, hi)` of the key order (a sequential read). */
  mark(lo: number, hi: number, bits: Uint32Array): void {
    const keyOrder = this.keyOrder;
    for (let index = lo; index < hi; index++) {
      const ordinal = keyOrder[index]!;
      bits[ordinal >>> 5]! |= 1 << (ordinal & 31);
    }
  }

  get byteLength(): number {
    return this.keyOrder.byteLength + this.sorted.byteLength;
  }
}

function partial(keyOrder: Int32Array, lo: number, hi: number): Run {
  const values = keyOrder.slice(lo, hi).sort();
  return { values, pos: 0, end: values.length };
}

/**
 * Streams the union of sorted runs in ascending order without repeats (a k-way merge on a binary
 * heap). `next()` returns -1 when every run is exhausted.
 */
export class MergeStream {
  private readonly heap: Run[];
  private last = -1;

  constructor(runs: Run[]) {
    this.heap = runs.filter((run) => run.pos < run.end);
    for (let index = (this.heap.length >> 1) - 1; index >= 0; index--) this.down(index);
  }

  next(): number {
    const heap = this.heap;
    while (heap.length > 0) {
      const top = heap[0]!;
      const value = top.values[top.pos]!;
      top.pos++;
      if (top.pos === top.end) {
        const tail = heap.pop()!;
        if (heap.length > 0) {
          heap[0] = tail;
          this.down(0);
        }
      } else {
        this.down(0);
      }
      if (value !== this.last) {
        this.last = value;
        return value;
      }
    }
    return -1;
  }

  private down(start: number): void {
    const heap = this.heap;
    const size = heap.length;
    let index = start;
    const item = heap[index]!;
    const key = item.values[item.pos]!;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && heap[right]!.values[heap[right]!.pos]! < heap[child]!.values[heap[child]!.pos]!) child = right;
      if (heap[child]!.values[heap[child]!.pos]! >= key) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = item;
  }
}
