import type { Plugin } from 'vite';

/** Libraries jsPDF imports on demand only for `.html()` (html2canvas, DOMPurify) and SVG images (canvg). */
const EXTRAS = new Set(['html2canvas', 'canvg', 'dompurify']);
const PREFIX = '\0absent-jspdf-extra:';

/**
 * Ships none of jsPDF's optional libraries: the transcript draws text with jsPDF's own API and never
 * calls `.html()` or adds an SVG, so they would only weigh on the package (about 105 kB gzip). Each
 * `import()` of one inside jsPDF gets a module that fails to load, which jsPDF already reports as
 * "Could not load …" if a future use ever reaches it.
 */
export function withoutJsPdfExtras(): Plugin {
  return {
    name: 'asistencia:without-jspdf-extras',
    enforce: 'pre',
    resolveId(source, importer) {
      if (EXTRAS.has(source) && importer && /[\\/]jspdf[\\/]/.test(importer)) return `${PREFIX}${source}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      return `throw new Error(${JSON.stringify(`${name} is not part of this extension`)});`;
    },
  };
}
