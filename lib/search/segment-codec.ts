import { BlockSorted } from './block-sorted';
import { ContactIndex, type IndexParts } from './contact-index';
import { NameWords } from './name-words';
import { PackedStrings } from './packed-strings';
import { PhoneKeys } from './phone-keys';

const MAGIC = 0x58494341; // "ACIX"
/** The layout written by this code; anything else is rebuilt from the contact cache, never read. */
export const SEGMENT_FORMAT = 1;
const HEADER_WORDS = 5;
const SECTIONS = 25;

type Section = Float64Array | Int32Array | Uint8Array;
type Kind = typeof Float64Array | typeof Int32Array | typeof Uint8Array;

function phoneSections(keys: PhoneKeys): Section[] {
  return [keys.values, keys.groupStart, keys.ordinals.keyOrder, keys.ordinals.sorted];
}

function sectionsOf({ columns, names, displayNames, full, national, reversed }: IndexParts): Section[] {
  return [
    columns.lastMessageDate, columns.phoneValue, columns.phoneLength, columns.otherOrdinals, columns.otherIdentities.bytes, columns.otherIdentities.starts,
    names.vocabulary.bytes, names.vocabulary.starts, names.postingStart, names.postings.keyOrder, names.postings.sorted,
    displayNames.bytes, displayNames.starts,
    ...phoneSections(full), ...phoneSections(national), ...phoneSections(reversed),
  ];
}

const phoneKinds: Kind[] = [Float64Array, Int32Array, Int32Array, Int32Array];
const KINDS: Kind[] = [Float64Array, Float64Array, Uint8Array, Int32Array, Uint8Array, Int32Array, Uint8Array, Int32Array, Int32Array, Int32Array, Int32Array, Uint8Array, Int32Array, ...phoneKinds, ...phoneKinds, ...phoneKinds];

const align = (offset: number) => (offset + 7) & ~7;

/**
 * A segment's bytes: a header (magic, format, contact count, checksum), a table of sections, then
 * each typed array as it is in memory (8-byte aligned), so reading one back is a set of views on
 * the stored buffer, with no parsing.
 */
export function encodeSegment(index: ContactIndex): ArrayBuffer {
  const sections = sectionsOf(index.parts);
  let offset = align((HEADER_WORDS + 2 * SECTIONS) * 4);
  const table = sections.map((section) => {
    const start = offset;
    offset = align(offset + section.byteLength);
    return start;
  });
  const buffer = new ArrayBuffer(offset);
  const bytes = new Uint8Array(buffer);
  const header = new Uint32Array(buffer, 0, HEADER_WORDS + 2 * SECTIONS);
  header.set([MAGIC, SEGMENT_FORMAT, index.size, 0, offset]);
  sections.forEach((section, position) => {
    header[HEADER_WORDS + 2 * position] = table[position]!;
    header[HEADER_WORDS + 2 * position + 1] = section.byteLength;
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), table[position]!);
  });
  header[3] = checksum(buffer);
  return buffer;
}

/**
 * Reads a segment's bytes back; throws on another format or any damage (the caller rebuilds). The
 * checksum of every byte is checked too unless `verify` is false: a reader in a hurry checks the
 * shape now and the bytes a moment later (`segmentIntact`).
 */
export function decodeSegment(buffer: ArrayBuffer, verify = true): ContactIndex {
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < (HEADER_WORDS + 2 * SECTIONS) * 4) throw new Error('segment too short');
  const header = new Uint32Array(buffer, 0, HEADER_WORDS + 2 * SECTIONS);
  if (header[0] !== MAGIC || header[1] !== SEGMENT_FORMAT) throw new Error('segment of another format');
  if (header[4] !== buffer.byteLength || (verify && !segmentIntact(buffer))) throw new Error('segment damaged');
  const count = header[2]!;
  const sections = KINDS.map((Kind, position) => {
    const offset = header[HEADER_WORDS + 2 * position]!;
    const length = header[HEADER_WORDS + 2 * position + 1]!;
    if (offset % 8 !== 0 || offset + length > buffer.byteLength || length % Kind.BYTES_PER_ELEMENT !== 0) throw new Error('segment damaged');
    return new Kind(buffer, offset, length / Kind.BYTES_PER_ELEMENT);
  });
  const at = <T extends Section>(position: number) => sections[position] as T;
  const strings = (position: number) => new PackedStrings(at<Uint8Array>(position), at<Int32Array>(position + 1));
  const phone = (position: number) => new PhoneKeys(at(position), at(position + 1), new BlockSorted(at(position + 2), at(position + 3)));
  const parts: IndexParts = {
    columns: { count, lastMessageDate: at(0), phoneValue: at(1), phoneLength: at(2), otherOrdinals: at(3), otherIdentities: strings(4) },
    names: new NameWords(strings(6), at(8), new BlockSorted(at(9), at(10))),
    displayNames: strings(11),
    full: phone(13),
    national: phone(17),
    reversed: phone(21),
  };
  checkShape(parts);
  return new ContactIndex(parts);
}

/** Lengths that must agree with each other, so a damaged segment fails here, not in a search. */
function checkShape({ columns, names, displayNames, full, national, reversed }: IndexParts): void {
  const { count } = columns;
  const ok =
    columns.lastMessageDate.length === count && columns.phoneValue.length === count && columns.phoneLength.length === count &&
    displayNames.starts.length === count + 1 && displayNames.starts[count] === displayNames.bytes.length &&
    columns.otherIdentities.starts.length === columns.otherOrdinals.length + 1 &&
    names.postingStart.length === names.vocabulary.length + 1 && names.postingStart[names.vocabulary.length] === names.postings.keyOrder.length &&
    names.postings.sorted.length === names.postings.keyOrder.length &&
    [full, national, reversed].every((keys) => keys.groupStart.length === 17 && keys.values.length === keys.ordinals.keyOrder.length && keys.ordinals.sorted.length === keys.values.length && keys.groupStart[16] === keys.values.length);
  if (!ok) throw new Error('segment damaged');
}

/** True when a segment's bytes still have the checksum written with them. */
export function segmentIntact(buffer: ArrayBuffer): boolean {
  return new Uint32Array(buffer, 0, HEADER_WORDS)[3] === checksum(buffer);
}

/** Words checked per slice by `segmentIntactInSlices`: about a millisecond of work. */
const SLICE_WORDS = 1 << 17;

/**
 * `segmentIntact` in slices, awaiting `pause` between them, so a reader checking a large segment
 * never holds up a search for long.
 */
export async function segmentIntactInSlices(buffer: ArrayBuffer, pause: () => Promise<void>): Promise<boolean> {
  const words = new Int32Array(buffer, 0, buffer.byteLength >>> 2);
  let hash = OFFSET_BASIS;
  for (let start = 0; start < words.length; start += SLICE_WORDS) {
    if (start > 0) await pause();
    hash = mix(words, start, Math.min(words.length, start + SLICE_WORDS), hash);
  }
  return new Uint32Array(buffer, 0, HEADER_WORDS)[3] === hash >>> 0;
}

const OFFSET_BASIS = 0x811c9dc5;

/** A 32-bit checksum of the buffer with the checksum word itself taken as 0. */
function checksum(buffer: ArrayBuffer): number {
  const words = new Int32Array(buffer, 0, buffer.byteLength >>> 2);
  return mix(words, 0, words.length, OFFSET_BASIS) >>> 0;
}

/** FNV-1a over words `start`..`end` (the checksum word, index 3, counts as 0). */
function mix(words: Int32Array, start: number, end: number, hash: number): number {
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ (index === 3 ? 0 : words[index]!), 16777619);
  return hash;
}
