/** A font the transcript can embed, and the code points it draws. */
export interface CatalogFont {
  key: string;
  /** Inclusive code point ranges. */
  ranges: Array<[number, number]>;
}

/**
 * The fonts a transcript may need beyond the standard PDF font, and how to get one: the caller
 * (the page, which knows where the files are bundled) loads a font only when a transcript has text
 * in its script.
 */
export interface FontCatalog {
  fonts: CatalogFont[];
  /** The font file (WOFF or TTF). */
  load: (key: string) => Promise<ArrayBuffer>;
}

/** Parses CSS `unicode-range` syntax ("U+0400-045F,U+2116") into ranges. */
export function parseUnicodeRange(css: string): Array<[number, number]> {
  return css
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from, to = from] = part.split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
    });
}

/**
 * Finds, per code point, the first catalog font whose ranges cover it and that `has` it: a range
 * says what a font is meant for, a loaded font's own character map says what it really draws.
 */
export function fontFinder(catalog: FontCatalog | undefined, has: (key: string, codePoint: number) => boolean = () => true): (codePoint: number) => string | undefined {
  const fonts = catalog?.fonts ?? [];
  const cache = new Map<number, string | undefined>();
  return (codePoint) => {
    if (!cache.has(codePoint)) cache.set(codePoint, fonts.find((font) => font.ranges.some(([from, to]) => codePoint >= from && codePoint <= to) && has(font.key, codePoint))?.key);
    return cache.get(codePoint);
  };
}
