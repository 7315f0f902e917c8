/** What the naughty-strings test counts as run, and how it reads what the pages and the PDF show. */

/** alert/confirm/prompt/print count a call instead of acting: a string that ran would call one. */
export const TRIPWIRE = () => {
  const trip = () => {
    (window as unknown as { __executed: number }).__executed = ((window as unknown as { __executed?: number }).__executed ?? 0) + 1;
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) (window as unknown as Record<string, unknown>)[name] = trip;
};

/** Embedding marks pdftotext puts around right-to-left runs (the transcript itself draws none: it marks them). */
export const PDFTOTEXT_BIDI = /[\u202A-\u202E]/g;

/**
 * Spacing accents a font draws with the same glyph as the combining ones, so the PDF's text layer
 * can name either: read as one.
 */
const GLYPH_TWINS: Record<string, string> = { '\u02C7': '\u030C', '\u02D8': '\u0306', '\u02D9': '\u0307', '\u02DA': '\u030A', '\u02DB': '\u0328', '\u02DC': '\u0303', '\u02DD': '\u030B', '\u02C6': '\u0302' };

/**
 * A text as a reader gets it, for comparing the PDF's text layer with what the transcript promises:
 * compatibility forms folded (Arabic presentation forms, full width), glyph twins as one, white
 * space left out (line wrapping moves it, even inside a mark).
 */
export function canonical(text: string): string {
  return text
    .replace(/\s+/g, '')
    .normalize('NFKC')
    .replace(/./gsu, (char) => GLYPH_TWINS[char] ?? char)
    .replace(/\s+/g, '');
}

/** Tags a message may be drawn with (WhatsApp formatting and a media link); anything else came from the text. */
export const ALLOWED_TAGS = new Set(['SPAN', 'STRONG', 'EM', 'S', 'CODE', 'A']);
