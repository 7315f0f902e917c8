import type { jsPDF } from 'jspdf';
import type { FontCatalog } from './font-catalog';
import { woffToSfnt } from './woff';

/** Loads the catalog fonts a transcript uses (in parallel) and embeds them; jsPDF keeps only the glyphs drawn. */
export async function embedFonts(doc: jsPDF, catalog: FontCatalog, keys: string[]): Promise<void> {
  const files = await Promise.all(keys.map(async (key) => ({ key, data: await woffToSfnt(await catalog.load(key)) })));
  for (const { key, data } of files) {
    doc.addFileToVFS(`${key}.ttf`, toBinaryString(data));
    doc.addFont(`${key}.ttf`, key, 'normal', 'Identity-H');
  }
}

/** jsPDF's virtual file system takes a binary string (one character per byte). */
function toBinaryString(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  let result = '';
  for (let index = 0; index < bytes.length; index += 0x8000) result += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return result;
}
