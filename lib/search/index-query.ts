import { MergeStream, type Run } from './block-sorted';
import type { IndexParts } from './contact-index';
import { reverse } from './phone-keys';
import { MIN_SUFFIX_DIGITS, type ParsedQuery } from './normalize';

/** The next matching ordinal (ascending, so most recent first), or -1 when there are no more. */
export type OrdinalStream = () => number;

const NONE: OrdinalStream = () => -1;

/**
 * The contacts of one index matching a query: every letter word starts a word of the name, and the
 * digit groups either all start words of the name ("Farmacia 24 Horas") or, joined, match the phone
 * (its start, its national start, or from 3 digits its end). One simple term streams its posting
 * runs; several terms intersect bit sets (costing the terms' sizes, not their product) and the
 * result is read from ordinal 0 up, so the most recent come first and reading stops when it is
 * enough.
 */
export function matchOrdinals(parts: IndexParts, query: ParsedQuery): OrdinalStream {
  const { names } = parts;
  const { words, groups, digits } = query;
  if (words.length === 0 && groups.length === 0) return NONE;
  const ranges = words.map((word) => names.range(word));
  if (ranges.some((range) => names.count(range) === 0)) return NONE;
  if (words.length === 1 && groups.length === 0) {
    const runs: Run[] = [];
    names.runs(ranges[0]!, runs);
    return stream(runs);
  }
  if (words.length === 0 && groups.length === 1) {
    const runs: Run[] = [];
    names.runs(names.range(groups[0]!), runs);
    phoneRuns(parts, digits, runs);
    return stream(runs);
  }
  return scan(intersect(parts, ranges, query));
}

function stream(runs: Run[]): OrdinalStream {
  const merged = new MergeStream(runs);
  return () => merged.next();
}

function phoneRuns({ full, national, reversed }: IndexParts, digits: string, out: Run[]): void {
  if (!digits) return;
  full.prefixRuns(digits, out);
  national.prefixRuns(digits, out);
  if (digits.length >= MIN_SUFFIX_DIGITS) reversed.prefixRuns(reverse(digits), out);
}

/** The AND of every letter word's set with (all groups as name words) OR (the digits as a phone). */
function intersect(parts: IndexParts, ranges: Array<[number, number]>, { groups, digits }: ParsedQuery): Uint32Array {
  const size = (parts.columns.count + 31) >>> 5;
  const marked = (mark: (bits: Uint32Array) => void) => {
    const bits = new Uint32Array(size);
    mark(bits);
    return bits;
  };
  const sets = ranges.map((range) => marked((bits) => parts.names.mark(range, bits)));
  if (groups.length > 0) {
    const phone = marked((bits) => {
      if (!digits) return;
      parts.full.mark(digits, bits);
      parts.national.mark(digits, bits);
      if (digits.length >= MIN_SUFFIX_DIGITS) parts.reversed.mark(reverse(digits), bits);
    });
    const asNames = groups.map((group) => marked((bits) => parts.names.mark(parts.names.range(group), bits)));
    for (let word = 0; word < size; word++) {
      let all = asNames[0]![word]!;
      for (let index = 1; index < asNames.length; index++) all &= asNames[index]![word]!;
      phone[word]! |= all;
    }
    sets.push(phone);
  }
  const result = sets[0]!;
  for (let index = 1; index < sets.length; index++) {
    const other = sets[index]!;
    for (let word = 0; word < size; word++) result[word]! &= other[word]!;
  }
  return result;
}

/** Reads the set bits from ordinal 0 up. */
function scan(bits: Uint32Array): OrdinalStream {
  let word = 0;
  let pending = bits[0] ?? 0;
  return () => {
    while (pending === 0) {
      if (++word >= bits.length) return -1;
      pending = bits[word]!;
    }
    const lowest = pending & -pending;
    pending ^= lowest;
    return (word << 5) | (31 - Math.clz32(lowest));
  };
}
