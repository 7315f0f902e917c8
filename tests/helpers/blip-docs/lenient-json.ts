import { jsonrepair } from 'jsonrepair';

/**
 * Reads a JSON example from the docs, which has typos a reader forgives: trailing commas, an
 * unterminated string, a missing opening brace, unquoted time spans, `{true/false}` choices, stray
 * letters after a bracket. Each fix applied is named, so a reader of the report sees what was assumed.
 */
export function readLenientJson(text: string): { value?: unknown; repairs: string[]; error?: string } {
  const repairs: string[] = [];
  let source = text.trim();
  try {
    return { value: JSON.parse(source), repairs };
  } catch {
    // fall through to the repairs
  }
  const fix = (name: string, pattern: RegExp, replacement: string) => {
    const next = source.replace(pattern, replacement);
    if (next !== source) repairs.push(name);
    source = next;
  };
  fix('missing opening brace', /^(?=")/, '{\n');
  fix('unquoted time span', /:\s*(\d+(?:\.\d+)?:\d{2}:\d{2}(?:\.\d+)?)\s*(?=[,}\n])/g, ': "$1"');
  fix('a {true/false} choice read as true', /\{\s*true\s*\/\s*false\s*\}/gi, 'true');
  fix('stray letters after a bracket', /([\]}])[A-Za-z]+(?=\s*[\n,}\]])/g, '$1');
  try {
    const repaired = jsonrepair(source);
    if (repaired !== source) repairs.push('trailing commas or unterminated strings');
    return { value: JSON.parse(repaired), repairs };
  } catch (error) {
    return { repairs, error: error instanceof Error ? error.message : String(error) };
  }
}
