import { nationalDigits } from '../domain/calling-codes';
import { NameWords } from './name-words';
import { PackedStrings } from './packed-strings';
import { PhoneKeys, reverse } from './phone-keys';
import { WordFolder, type ParsedQuery } from './normalize';
import { matchOrdinals, type OrdinalStream } from './index-query';

/** One contact of an index: its identity, name, phone digits and last interaction. */
export interface IndexedContact {
  identity: string;
  name?: string;
  /** Full international digits; empty when the contact has no phone. */
  phoneDigits: string;
  /** Epoch ms; 0 when the contact never interacted. */
  lastMessageDate: number;
}

/** What an index keeps per contact, by ordinal (ordinal 0 = most recent interaction). */
export interface IndexColumns {
  count: number;
  lastMessageDate: Float64Array;
  /** Full international digits as a double (exact below 10^15) and their count; 0 length = no phone. */
  phoneValue: Float64Array;
  phoneLength: Uint8Array;
  /** Ordinals (ascending) whose identity is not `{phone}@wa.gw.msging.net`, and those identities. */
  otherOrdinals: Int32Array;
  otherIdentities: PackedStrings;
}

/** Everything an index is made of: typed arrays and packed strings, stored and loaded as they are. */
export interface IndexParts {
  columns: IndexColumns;
  names: NameWords;
  displayNames: PackedStrings;
  full: PhoneKeys;
  national: PhoneKeys;
  reversed: PhoneKeys;
}

export const WA_DOMAIN = '@wa.gw.msging.net';

/**
 * The contact index of one number's contacts (a segment of the whole index): name word prefixes
 * (NameWords) and phone prefixes / national prefixes / last digits (three PhoneKeys), ordinals in
 * recency order so matches stream most recent first.
 */
export class ContactIndex {
  private byOtherIdentity: Map<string, number> | undefined;

  constructor(readonly parts: IndexParts) {}

  /** Builds the parts; `source` is only read while building. */
  static build(columns: IndexColumns, source: { nameOf: (ordinal: number) => string | undefined; digitsOf: (ordinal: number) => string }): ContactIndex {
    const folder = new WordFolder();
    const count = columns.count;
    return new ContactIndex({
      columns,
      names: NameWords.build(count, (ordinal) => folder.words(source.nameOf(ordinal))),
      displayNames: PackedStrings.of(count, source.nameOf),
      full: PhoneKeys.build(count, source.digitsOf),
      national: PhoneKeys.build(count, (ordinal) => nationalDigits(source.digitsOf(ordinal))),
      reversed: PhoneKeys.build(count, (ordinal) => reverse(source.digitsOf(ordinal))),
    });
  }

  get size(): number {
    return this.parts.columns.count;
  }

  /** The ordinals of the contacts matching a query, most recent first. */
  matches(query: ParsedQuery): OrdinalStream {
    return matchOrdinals(this.parts, query);
  }

  /** The ordinal of the contact with this identity, or -1. */
  findOrdinal(identity: string): number {
    const { columns, full } = this.parts;
    const digits = waDigits(identity);
    if (digits) {
      const [lo, hi] = full.exactRange(Number(digits), digits.length);
      for (let position = lo; position < hi; position++) {
        const ordinal = full.ordinalAt(position);
        if (this.otherIndex(ordinal) < 0) return ordinal;
      }
    }
    if (columns.otherOrdinals.length === 0) return -1;
    this.byOtherIdentity ??= new Map(Array.from(columns.otherOrdinals, (ordinal, index) => [columns.otherIdentities.get(index), ordinal]));
    return this.byOtherIdentity.get(identity) ?? -1;
  }

  identityOf(ordinal: number): string {
    const other = this.otherIndex(ordinal);
    return other >= 0 ? this.parts.columns.otherIdentities.get(other) : `${this.phoneDigitsOf(ordinal)}${WA_DOMAIN}`;
  }

  nameOf(ordinal: number): string | undefined {
    return this.parts.displayNames.get(ordinal) || undefined;
  }

  phoneDigitsOf(ordinal: number): string {
    const { phoneValue, phoneLength } = this.parts.columns;
    const length = phoneLength[ordinal]!;
    return length ? String(phoneValue[ordinal]!).padStart(length, '0') : '';
  }

  dateOf(ordinal: number): number {
    return this.parts.columns.lastMessageDate[ordinal]!;
  }

  contact(ordinal: number): IndexedContact {
    const name = this.nameOf(ordinal);
    return { identity: this.identityOf(ordinal), ...(name ? { name } : {}), phoneDigits: this.phoneDigitsOf(ordinal), lastMessageDate: this.dateOf(ordinal) };
  }

  /** Index memory in bytes (typed arrays and packed strings). */
  get byteLength(): number {
    const { columns, names, displayNames, full, national, reversed } = this.parts;
    const columnBytes = columns.lastMessageDate.byteLength + columns.phoneValue.byteLength + columns.phoneLength.byteLength + columns.otherOrdinals.byteLength + columns.otherIdentities.byteLength;
    return columnBytes + names.byteLength + displayNames.byteLength + full.byteLength + national.byteLength + reversed.byteLength;
  }

  /** Position of the ordinal among the other identities, or -1 (a binary search). */
  private otherIndex(ordinal: number): number {
    const others = this.parts.columns.otherOrdinals;
    let lo = 0;
    let hi = others.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (others[mid]! < ordinal) lo = mid + 1;
      else hi = mid;
    }
    return lo < others.length && others[lo] === ordinal ? lo : -1;
  }
}

/** The digits of a `{digits}@wa.gw.msging.net` identity (up to 15), or '' for any other identity. */
function waDigits(identity: string): string {
  const length = identity.length - WA_DOMAIN.length;
  if (length < 1 || length > 15 || !identity.endsWith(WA_DOMAIN)) return '';
  for (let index = 0; index < length; index++) {
    const code = identity.charCodeAt(index);
    if (code < 48 || code > 57) return '';
  }
  return identity.slice(0, length);
}
