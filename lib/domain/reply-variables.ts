/**
 * Variables Blip Desk substitutes inside ready replies (blip-api.md §12). We fill them ourselves when
 * inserting, from the conversation and the agent, and ask for any value we do not know.
 */
export const REPLY_VARIABLES = [
  'contact.name',
  'contact.phoneNumber',
  'contact.email',
  'contact.city',
  'contact.address',
  'contact.source',
  'contact.cellPhoneNumber',
  'contact.gender',
  'contact.timezone',
  'contact.culture',
  'contact.identity',
  'contact.group',
  'contact.photoUri',
  'contact.extras',
  'agent.fullName',
  'agent.email',
  'agent.phoneNumber',
  'agent.identity',
] as const;

export type ReplyVariable = (typeof REPLY_VARIABLES)[number];

const PATTERN = /\{\{\s*([A-Za-z]+\.[A-Za-z]+)\s*\}\}/g;
const KNOWN = new Set<string>(REPLY_VARIABLES);

/** The distinct variables a text uses, in order of appearance; `unknown` lists names Desk does not support. */
export function variablesIn(text: string): { known: ReplyVariable[]; unknown: string[] } {
  const known: ReplyVariable[] = [];
  const unknown: string[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const name = match[1]!;
    const list = KNOWN.has(name) ? (known as string[]) : unknown;
    if (!list.includes(name)) list.push(name);
  }
  return { known, unknown };
}

/** Replaces every known variable that has a value; `missing` lists those still without one. */
export function fillVariables(text: string, values: Partial<Record<string, string>>): { text: string; missing: ReplyVariable[] } {
  const missing = variablesIn(text).known.filter((name) => !values[name]?.trim());
  const filled = text.replace(PATTERN, (whole, name: string) => {
    const value = values[name];
    return KNOWN.has(name) && value?.trim() ? value : whole;
  });
  return { text: filled, missing };
}
