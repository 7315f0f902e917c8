import { parseWhatsAppFormatting, type FormattedRun } from '../domain/whatsapp-format';

/** Texts remembered: more than a conversation shows at once, few enough to stay small. */
const REMEMBERED = 500;
const cache = new Map<string, FormattedRun[]>();

/**
 * A message's formatted runs, parsed once per text: the timeline re-renders on every refresh and
 * every clock tick, and the same messages come back on each reload.
 */
export function formattedRuns(text: string): FormattedRun[] {
  const known = cache.get(text);
  if (known) {
    // Most recently used last, so the oldest is the one forgotten.
    cache.delete(text);
    cache.set(text, known);
    return known;
  }
  const runs = parseWhatsAppFormatting(text);
  cache.set(text, runs);
  if (cache.size > REMEMBERED) cache.delete(cache.keys().next().value!);
  return runs;
}
