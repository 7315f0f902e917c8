import { nationalDigits } from '../domain/calling-codes';
import { MergeStream, type Run } from './block-sorted';
import { NameWords } from './name-words';
import { MIN_SUFFIX_DIGITS, nameWords, parseQuery } from './normalize';
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
 * last digits (three PhoneKeys). A query streams the candidates of its most selective part in
 * recency order and checks the other parts per candidate, stopping at `limit` hits.
 */
export class ContactIndex {
  readonly names: NameWords;
  private readonly displayNames: NameStore;
  private readonly full: PhoneKeys;
  private readonly national: PhoneKeys;
  private readonly reversed: PhoneKeys;

  /** `nameOf` is only read while building; names are then kept packed (NameStore). */
  constructor(
    private readonly columns: IndexColumns,
    nameOf: (ordinal: number) => string | undefined,
  ) {
    this.names = NameWords.build(columns.count, (ordinal) => nameWords(nameOf(ordinal)));
    this.displayNames = new NameStore(columns.count, nameOf);
    this.full = PhoneKeys.build(columns.count, (ordinal) => this.digitsOf(ordinal));
    this.national = PhoneKeys.build(columns.count, (ordinal) => nationalDigits(this.digitsOf(ordinal)));
    this.reversed = PhoneKeys.build(columns.count, (ordinal) => reverse(this.digitsOf(ordinal)));
  }

  get size(): number {
    return this.columns.count;
  }

  search(text: string, { allowed, limit = 50 }: SearchOptions): SearchHit[] {
    const { words, digits } = parseQuery(text);
    if (words.length === 0 && digits.length === 0) return [];
    const ranges = words.map((word) => this.names.range(word));
    let driver: Run[] = [];
    let driverCost = Infinity;
    let driverWord = -1;
    if (digits.length > 0) {
      driverCost = this.phoneRuns(digits, driver);
    }
    ranges.forEach((range, index) => {
      const cost = this.names.count(range);
      if (cost < driverCost) {
        driverCost = cost;
        driverWord = index;
      }
    });
    if (driverCost === 0) return [];
    if (driverWord >= 0) {
      driver = [];
      this.names.runs(ranges[driverWord]!, driver);
    }
    const checkPhone = digits.length > 0 && driverWord >= 0;
    const stream = new MergeStream(driver);
    const hits: SearchHit[] = [];
    for (let ordinal = stream.next(); ordinal >= 0 && hits.length < limit; ordinal = stream.next()) {
      if ((this.columns.installations[ordinal]! & allowed) === 0) continue;
      if (!ranges.every((range, index) => index === driverWord || this.names.has(ordinal, range))) continue;
      if (checkPhone && !phoneMatches(this.digitsOf(ordinal), digits)) continue;
      hits.push(this.hit(ordinal));
    }
    return hits;
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

  private phoneRuns(digits: string, out: Run[]): number {
    let total = this.full.prefixRuns(digits, out) + this.national.prefixRuns(digits, out);
    if (digits.length >= MIN_SUFFIX_DIGITS) total += this.reversed.prefixRuns(reverse(digits), out);
    return total;
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

/** The phone rule on its own: start of the full or national number, or its last digits. */
export function phoneMatches(full: string, digits: string): boolean {
  if (!full) return false;
  if (full.startsWith(digits)) return true;
  if (digits.length >= MIN_SUFFIX_DIGITS && full.endsWith(digits)) return true;
  return nationalDigits(full).startsWith(digits);
}

function reverse(digits: string): string {
  let out = '';
  for (let index = digits.length - 1; index >= 0; index--) out += digits[index];
  return out;
}
