import { BlockSorted, type Run } from './block-sorted';

/**
 * Name words: the sorted vocabulary of folded words and every word's contacts (posting list, by
 * ordinal) laid end to end in vocabulary order. Because the vocabulary is sorted, the words starting
 * with a prefix are one id range [lo, hi) and their contacts one contiguous posting range.
 */
export class NameWords {
  private constructor(
    private readonly vocabulary: string[],
    private readonly postingStart: Int32Array,
    private readonly postings: BlockSorted,
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
    return new NameWords(vocabulary, postingStart, new BlockSorted(postings));
  }

  /** Vocabulary ids [lo, hi) of the words starting with `prefix`. */
  range(prefix: string): [number, number] {
    return [lowerBound(this.vocabulary, prefix), lowerBound(this.vocabulary, `${prefix}\uffff`)];
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

  /** Typed arrays exactly, plus the vocabulary at ~2 bytes a character and a string header each. */
  get byteLength(): number {
    const words = this.vocabulary.reduce((sum, word) => sum + 16 + word.length * 2, 0);
    return words + this.postingStart.byteLength + this.postings.byteLength;
  }
}

function lowerBound(sorted: string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
