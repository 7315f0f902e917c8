/** Names per joined string: a name with an emoji makes only its own chunk a two-byte string. */
const CHUNK_BITS = 12;
const SEPARATOR = '\n';

/**
 * Display names by ordinal, packed: chunks of 4096 names joined into one string each, plus each
 * name's start inside its chunk. About a byte per character instead of a string object per name.
 */
export class NameStore {
  private readonly chunks: string[] = [];
  private readonly starts: Uint32Array;

  constructor(count: number, nameOf: (ordinal: number) => string | undefined) {
    this.starts = new Uint32Array(count);
    for (let first = 0; first < count; first += 1 << CHUNK_BITS) {
      const parts: string[] = [];
      let offset = 0;
      for (let ordinal = first; ordinal < Math.min(count, first + (1 << CHUNK_BITS)); ordinal++) {
        const name = (nameOf(ordinal) ?? '').replaceAll(SEPARATOR, ' ');
        this.starts[ordinal] = offset;
        parts.push(name);
        offset += name.length + 1;
      }
      this.chunks.push(parts.join(SEPARATOR));
    }
  }

  /** The name, or undefined when the contact has none. */
  get(ordinal: number): string | undefined {
    const chunk = this.chunks[ordinal >>> CHUNK_BITS]!;
    const start = this.starts[ordinal]!;
    const end = chunk.indexOf(SEPARATOR, start);
    const name = chunk.slice(start, end < 0 ? undefined : end);
    return name || undefined;
  }

  /** Bytes: offsets exactly, chunk strings at one byte a character (two when a chunk holds non-Latin-1 text). */
  get byteLength(): number {
    // eslint-disable-next-line no-control-regex
    const latin1 = /^[\u0000-\u00ff]*$/;
    return this.starts.byteLength + this.chunks.reduce((sum, chunk) => sum + chunk.length * (latin1.test(chunk) ? 1 : 2), 0);
  }
}
