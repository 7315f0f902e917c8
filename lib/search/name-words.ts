import { BlockSorted, type Run } from './block-sorted';
import { PackedStrings } from './packed-strings';

/**
 * Name words: the sorted vocabulary of folded words and every word's contacts (posting list, by
 * ordinal) laid end to end in vocabulary order. Because the vocabulary is sorted, the words starting
 * with a prefix are one id range [lo, hi) and their contacts one contiguous posting range.
 */
export class NameWords {
  constructor(
    /** Sorted (JavaScript string order), packed: words are read only where a binary search looks. */
    readonly vocabulary: PackedStrings,
    readonly postingStart: Int32Array,
    readonly postings: BlockSorted,
  ) {}

  /** `wordsOf(ordinal)` gives the distinct folded words of each contact, ordinals 0…count-1. */
  static build(count: number, wordsOf: (ordinal: number) => readonly string[]): NameWords {
    const ids = new Map<string, number>();
    const contactStart = new Int32Array(count + 1);
    const raw: number[] = [];
    for (let ordinal = 0; ordinal < count; ordinal++) {
      for (const word of wordsOf(ordinal)) {
        let id = ids.get(word);
        if (id === undefined) ids.set(word, (id = ids.size));
        raw.push(id);
      }
      contactStart[ordinal + 1] = raw.length;
    }
    const vocabulary = [...ids.keys()].sort();
    const rank = new Int32Array(vocabulary.length);
    vocabulary.forEach((word, index) => (rank[ids.get(word)!] = index));
    const contactWords = Int32Array.from(raw, (id) => rank[id]!);
    const postingStart = new Int32Array(vocabulary.length + 1);
    for (const id of contactWords) postingStart[id + 1]!++;
    for (let id = 0; id < vocabulary.length; id++) postingStart[id + 1]! += postingStart[id]!;
    const postings = new Int32Array(contactWords.length);
    const fill = postingStart.slice();
    // Ordinals ascend in the outer loop, so every posting list comes out sorted.
    for (let ordinal = 0; ordinal < count; ordinal++) {
      for (let index = contactStart[ordinal]!; index < contactStart[ordinal + 1]!; index++) postings[fill[contactWords[index]!]!++] = ordinal;
    }
    return new NameWords(PackedStrings.of(vocabulary.length, (index) => vocabulary[index]), postingStart, BlockSorted.of(postings));
  }

  /** Vocabulary ids [lo, hi) of the words starting with `prefix`. */
  range(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)];
  }

  /** How many (word, contact) pairs an id range holds: the cost of streaming it. */
  count([lo, hi]: [number, number]): number {
    return this.postingStart[hi]! - this.postingStart[lo]!;
  }

  runs([lo, hi]: [number, number], out: Run[]): void {
    this.postings.runs(this.postingStart[lo]!, this.postingStart[hi]!, out);
  }

  /** Sets the bit of every contact with a word in the id range. */
  mark([lo, hi]: [number, number], bits: Uint32Array): void {
    this.postings.mark(this.postingStart[lo]!, this.postingStart[hi]!, bits);
  }

  get byteLength(): number {
    return this.vocabulary.byteLength + this.postingStart.byteLength + this.postings.byteLength;
  }

  private lowerBound(target: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary.get(mid) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
