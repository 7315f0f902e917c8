import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseUnicodeRange, type FontCatalog } from '../../lib/pdf/font-catalog';

/** The same Noto subsets the extension bundles, read from node_modules (for tests outside the browser). */
export function nodeFontCatalog(): FontCatalog {
  const root = path.resolve('node_modules/@fontsource');
  const sources: Array<[string, string[] | undefined]> = [
    ['noto-sans', ['latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'devanagari', 'latin']],
    ['noto-sans-arabic', ['arabic']],
    ['noto-sans-hebrew', ['hebrew']],
    ['noto-sans-sc', undefined],
  ];
  const files = new Map<string, string>();
  const fonts = sources.flatMap(([family, only]) => {
    const subsets = JSON.parse(readFileSync(path.join(root, family, 'unicode.json'), 'utf8')) as Record<string, string>;
    return (only ?? Object.keys(subsets)).map((subset) => {
      const key = `${family}-${subset.replace(/\W/g, '')}`;
      files.set(key, path.join(root, family, 'files', `${family}-${subset.replace(/^\[(\d+)\]$/, '$1')}-400-normal.woff`));
      return { key, ranges: parseUnicodeRange(subsets[subset]!) };
    });
  });
  return {
    fonts,
    load: async (key) => {
      const buffer = readFileSync(files.get(key)!);
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    },
  };
}
