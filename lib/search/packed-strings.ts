/** Marks a UTF-16 code unit written as three bytes (the unit's high and low byte follow). */
const WIDE = 0xfe;

/**
 * Strings packed end to end in one byte array, read back by position: every UTF-16 code unit
 * below 0xFE is one byte (all of Latin-1, so Spanish and Portuguese names take a byte a
 * character), any other is three. Exact for every string, lone surrogates included (which UTF-8
 * would lose), and the bytes can be stored and read back without decoding the whole set.
 */
export class PackedStrings {
  constructor(
    readonly bytes: Uint8Array,
    /** Start of string i at `starts[i]`, end at `starts[i + 1]`. */
    readonly starts: Int32Array,
  ) {}

  static of(count: number, valueOf: (index: number) => string | undefined): PackedStrings {
    const starts = new Int32Array(count + 1);
    let bytes = new Uint8Array(Math.max(64, count * 16));
    let length = 0;
    for (let index = 0; index < count; index++) {
      const value = valueOf(index) ?? '';
      if (length + value.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, length + value.length * 3));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      for (let unit = 0; unit < value.length; unit++) {
        const code = value.charCodeAt(unit);
        if (code < WIDE) bytes[length++] = code;
        else {
          bytes[length++] = WIDE;
          bytes[length++] = code >>> 8;
          bytes[length++] = code & 0xff;
        }
      }
      starts[index + 1] = length;
    }
    return new PackedStrings(bytes.slice(0, length), starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** String `index` ('' for an empty or absent one). */
  get(index: number): string {
    const bytes = this.bytes;
    const end = this.starts[index + 1]!;
    let position = this.starts[index]!;
    let out = '';
    while (position < end) {
      const byte = bytes[position++]!;
      if (byte !== WIDE) out += String.fromCharCode(byte);
      else {
        out += String.fromCharCode((bytes[position]! << 8) | bytes[position + 1]!);
        position += 2;
      }
    }
    return out;
  }

  get byteLength(): number {
    return this.bytes.byteLength + this.starts.byteLength;
  }
}
