import type { jsPDF } from 'jspdf';
import type { FontCatalog } from './font-catalog';
import { woffToSfnt } from './woff';

/** The code points an embedded font really has a glyph for. */
export type CharacterMap = ReadonlySet<number>;

/**
 * Loads the catalog fonts a transcript uses (in parallel) and embeds them (jsPDF keeps only the
 * glyphs drawn); answers each one's character map.
 */
export async function embedFonts(doc: jsPDF, catalog: FontCatalog, keys: string[]): Promise<Map<string, CharacterMap>> {
  const files = await Promise.all(keys.map(async (key) => ({ key, data: await woffToSfnt(await catalog.load(key)) })));
  const maps = new Map<string, CharacterMap>();
  for (const { key, data } of files) {
    doc.addFileToVFS(`${key}.ttf`, toBinaryString(data));
    doc.addFont(`${key}.ttf`, key, 'normal', 'Identity-H');
    maps.set(key, characterMap(doc, key));
  }
  return maps;
}

/** jsPDF parsed the font's cmap table when it was added; its typings leave that out. */
function characterMap(doc: jsPDF, key: string): CharacterMap {
  const font = (doc as unknown as { internal: { getFont(name: string, style: string): { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } } } }).internal.getFont(key, 'normal');
  const codes = font.metadata?.cmap?.unicode?.codeMap ?? {};
  return new Set(Object.keys(codes).map(Number).filter((code) => codes[code]! > 0));
}

/** jsPDF's virtual file system takes a binary string (one character per byte). */
function toBinaryString(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  let result = '';
  for (let index = 0; index < bytes.length; index += 0x8000) result += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return result;
}
