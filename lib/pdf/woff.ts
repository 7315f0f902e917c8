/**
 * WOFF 1.0 → TrueType (sfnt), which is what jsPDF embeds. A WOFF file is the font's tables, each
 * zlib-compressed when that made it smaller, behind a 44-byte header and a directory; this undoes
 * that (W3C WOFF File Format 1.0, §4–5). A file that is already sfnt is answered as it is.
 */
export async function woffToSfnt(file: ArrayBuffer): Promise<ArrayBuffer> {
  const input = new DataView(file);
  if (input.getUint32(0) !== 0x774f4646 /* 'wOFF' */) return file;
  const numTables = input.getUint16(12);
  const tables = [];
  for (let index = 0; index < numTables; index++) {
    const entry = 44 + index * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((field) => input.getUint32(entry + field)) as [number, number, number, number, number];
    const stored = new Uint8Array(file, offset, compLength);
    const data = compLength < origLength ? await inflate(stored) : stored;
    if (data.length !== origLength) throw new Error('Damaged font table');
    tables.push({ tag, checksum, data });
  }
  const headerLength = 12 + numTables * 16;
  const total = tables.reduce((sum, table) => sum + align4(table.data.length), headerLength);
  const output = new Uint8Array(total);
  const view = new DataView(output.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  view.setUint32(0, input.getUint32(4)); // the font's own flavor (TrueType 0x00010000)
  view.setUint16(4, numTables);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    view.setUint32(record, table.tag);
    view.setUint32(record + 4, table.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    output.set(table.data, offset);
    offset += align4(table.data.length);
  });
  return output.buffer;
}

const align4 = (length: number) => (length + 3) & ~3;

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
