import { nationalDigits } from '../domain/calling-codes';
import { MergeStream, type Run } from './block-sorted';
import { NameWords } from './name-words';
import { MIN_SUFFIX_DIGITS, WordFolder, parseQuery } from './normalize';
import { PhoneKeys } from './phone-keys';
import { NameStore } from './name-store';

/** One contact found: its identity, name, phone digits, the numbers (bit i = installation i of the index) and last interaction. */
export interface SearchHit {
  identity: string;
  name?: string;
  /** Full international digits; empty when the contact has no phone. */
  phoneDigits: string;
  installations: number;
  lastMessageDate: number;
}

export interface SearchOptions {
  /** Bit mask of the numbers the agent may search (attendant role). */
  allowed: number;
  limit?: number;
}

/** What a built index needs per contact, by ordinal (ordinal 0 = most recent interaction). */
export interface IndexColumns {
  count: number;
  installations: Uint32Array;
  lastMessageDate: Float64Array;
  /** Full international digits as a double (exact below 10^15) and their count; 0 length = no phone. */
  phoneValue: Float64Array;
  phoneLength: Uint8Array;
  /** Identities that are not `{phone}@wa.gw.msging.net`. */
  otherIdentities: Map<number, string>;
}

export const WA_DOMAIN = '@wa.gw.msging.net';

/**
 * The in-memory contact index: name word prefixes (NameWords) and phone prefixes / national prefixes /
 * last digits (three PhoneKeys). A one-term query streams its matches in recency order (ordinal
 * order) and stops at `limit`; a multi-term query intersects bit sets.
 */
export class ContactIndex {
  readonly names: NameWords;
  private readonly displayNames: NameStore;
  private readonly full: PhoneKeys;
  private readonly national: PhoneKeys;
  private readonly reversed: PhoneKeys;
  /** Scratch bit sets for multi-term queries, one per term, cleared after each query. */
  private readonly bitsets: Uint32Array[] = [];
  private byOtherIdentity: Map<string, number> | undefined;

  /** `source` is only read while building; names are then kept packed (NameStore), digits as numbers. */
  constructor(
    private readonly columns: IndexColumns,
    source: { nameOf: (ordinal: number) => string | undefined; digitsOf: (ordinal: number) => string },
  ) {
    const folder = new WordFolder();
    this.names = NameWords.build(columns.count, (ordinal) => folder.words(source.nameOf(ordinal)));
    this.displayNames = new NameStore(columns.count, source.nameOf);
    this.full = PhoneKeys.build(columns.count, source.digitsOf);
    this.national = PhoneKeys.build(columns.count, (ordinal) => nationalDigits(source.digitsOf(ordinal)));
    this.reversed = PhoneKeys.build(columns.count, (ordinal) => reverse(source.digitsOf(ordinal)));
  }

  get size(): number {
    return this.columns.count;
  }

  search(text: string, { allowed, limit = 50 }: SearchOptions): SearchHit[] {
    const { words, digits } = parseQuery(text);
    const ranges = words.map((word) => this.names.range(word));
    const terms = ranges.length + (digits ? 1 : 0);
    if (terms === 0 || ranges.some((range) => this.names.count(range) === 0)) return [];
    if (terms > 1) return this.intersect(ranges, digits, allowed, limit);
    const runs: Run[] = [];
    if (digits) this.phoneRuns(digits, runs);
    else this.names.runs(ranges[0]!, runs);
    const stream = new MergeStream(runs);
    const hits: SearchHit[] = [];
    for (let ordinal = stream.next(); ordinal >= 0 && hits.length < limit; ordinal = stream.next()) {
      if ((this.columns.installations[ordinal]! & allowed) !== 0) hits.push(this.hit(ordinal));
    }
    return hits;
  }

  /**
   * Several terms: one bit set per term (a sequential pass over each term's key range), then the
   * AND of the sets read from ordinal 0 up — the most recent common contacts come first and the scan
   * stops at `limit`. Costs the terms' sizes, not their product, even when few contacts match all.
   */
  private intersect(ranges: Array<[number, number]>, digits: string, allowed: number, limit: number): SearchHit[] {
    const sets = ranges.length + (digits ? 1 : 0);
    const size = (this.columns.count + 31) >>> 5;
    while (this.bitsets.length < sets) this.bitsets.push(new Uint32Array(size));
    const bitsets = this.bitsets.slice(0, sets);
    ranges.forEach((range, index) => this.names.mark(range, bitsets[index]!));
    if (digits) this.markPhone(digits, bitsets[sets - 1]!);
    const hits: SearchHit[] = [];
    scan: for (let word = 0; word < size; word++) {
      let common = bitsets[0]![word]!;
      for (let index = 1; index < sets && common !== 0; index++) common &= bitsets[index]![word]!;
      while (common !== 0) {
        const lowest = common & -common;
        common ^= lowest;
        const ordinal = (word << 5) | (31 - Math.clz32(lowest));
        if ((this.columns.installations[ordinal]! & allowed) === 0) continue;
        hits.push(this.hit(ordinal));
        if (hits.length >= limit) break scan;
      }
    }
    for (const bits of bitsets) bits.fill(0);
    return hits;
  }

  /** The contact with this identity, whatever its numbers; undefined when it is not cached. */
  find(identity: string): SearchHit | undefined {
    const digits = identity.endsWith(WA_DOMAIN) ? identity.slice(0, -WA_DOMAIN.length) : '';
    if (/^\d+$/.test(digits)) {
      const ordinal = this.full.exact(digits).find((candidate) => !this.columns.otherIdentities.has(candidate));
      if (ordinal !== undefined) return this.hit(ordinal);
    }
    this.byOtherIdentity ??= new Map([...this.columns.otherIdentities].map(([ordinal, other]) => [other, ordinal]));
    const ordinal = this.byOtherIdentity.get(identity);
    return ordinal === undefined ? undefined : this.hit(ordinal);
  }

  /** Index memory in bytes: typed arrays exactly, strings estimated. */
  get byteLength(): number {
    const { installations, lastMessageDate, phoneValue, phoneLength, otherIdentities } = this.columns;
    let others = 0;
    for (const identity of otherIdentities.values()) others += 40 + identity.length * 2;
    return (
      installations.byteLength + lastMessageDate.byteLength + phoneValue.byteLength + phoneLength.byteLength + others +
      this.names.byteLength + this.displayNames.byteLength + this.full.byteLength + this.national.byteLength + this.reversed.byteLength
    );
  }

  /** A phone part matches the start of the full or national number, or (3+ digits) its last digits. */
  private phoneRuns(digits: string, out: Run[]): void {
    this.full.prefixRuns(digits, out);
    this.national.prefixRuns(digits, out);
    if (digits.length >= MIN_SUFFIX_DIGITS) this.reversed.prefixRuns(reverse(digits), out);
  }

  private markPhone(digits: string, bits: Uint32Array): void {
    this.full.mark(digits, bits);
    this.national.mark(digits, bits);
    if (digits.length >= MIN_SUFFIX_DIGITS) this.reversed.mark(reverse(digits), bits);
  }

  private digitsOf(ordinal: number): string {
    const length = this.columns.phoneLength[ordinal]!;
    return length === 0 ? '' : String(this.columns.phoneValue[ordinal]!).padStart(length, '0');
  }

  private hit(ordinal: number): SearchHit {
    const phoneDigits = this.digitsOf(ordinal);
    const identity = this.columns.otherIdentities.get(ordinal) ?? `${phoneDigits}${WA_DOMAIN}`;
    const name = this.displayNames.get(ordinal);
    return { identity, ...(name ? { name } : {}), phoneDigits, installations: this.columns.installations[ordinal]!, lastMessageDate: this.columns.lastMessageDate[ordinal]! };
  }
}

function reverse(digits: string): string {
  let out = '';
  for (let index = digits.length - 1; index >= 0; index--) out += digits[index];
  return out;
}
