import type { CatalogFont, FontCatalog } from '../../pdf/font-catalog';
import { parseUnicodeRange } from '../../pdf/font-catalog';
import notoSans from '@fontsource/noto-sans/unicode.json';
import notoArabic from '@fontsource/noto-sans-arabic/unicode.json';
import notoHebrew from '@fontsource/noto-sans-hebrew/unicode.json';
import notoSc from '@fontsource/noto-sans-sc/unicode.json';

// Noto Sans (SIL Open Font License 1.1) from the @fontsource packages, regular weight, one file per
// script subset (Chinese characters in ~100 slices): the build copies the files into the extension,
// and a transcript loads only those of the scripts it contains.
const files = import.meta.glob<string>(
  [
    '/node_modules/@fontsource/noto-sans/files/noto-sans-*-400-normal.woff',
    '/node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
    '/node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff',
    '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff',
  ],
  { query: '?url', import: 'default' },
);

/** Latin, Cyrillic and Greek first, then Arabic and Hebrew, then Chinese/Japanese/Korean characters. */
const SOURCES: Array<{ family: string; subsets: Record<string, string>; only?: string[] }> = [
  { family: 'noto-sans', subsets: notoSans, only: ['latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'devanagari', 'latin'] },
  { family: 'noto-sans-arabic', subsets: notoArabic, only: ['arabic'] },
  { family: 'noto-sans-hebrew', subsets: notoHebrew, only: ['hebrew'] },
  { family: 'noto-sans-sc', subsets: notoSc },
];

function fileOf(family: string, subset: string): string {
  return `/node_modules/@fontsource/${family}/files/${family}-${subset.replace(/^\[(\d+)\]$/, '$1')}-400-normal.woff`;
}

const entries: Array<CatalogFont & { file: string }> = SOURCES.flatMap(({ family, subsets, only }) =>
  (only ?? Object.keys(subsets))
    .filter((subset) => subsets[subset] && files[fileOf(family, subset)])
    .map((subset) => ({ key: `${family}-${subset.replace(/\W/g, '')}`, file: fileOf(family, subset), ranges: parseUnicodeRange(subsets[subset]!) })),
);
const fonts: CatalogFont[] = entries.map(({ key, ranges }) => ({ key, ranges }));
const fileByKey = new Map(entries.map((entry) => [entry.key, entry.file]));

/** The fonts a transcript may embed, fetched from the extension's own files when a transcript needs them. */
export const transcriptFonts: FontCatalog = {
  fonts,
  async load(key) {
    const url = await files[fileByKey.get(key)!]!();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Font ${key} missing from the extension`);
    return response.arrayBuffer();
  },
};
