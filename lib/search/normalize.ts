import { phoneDigits } from '../domain/phone';
import { foldText } from '../domain/text-fold';

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const HAS_LETTER = /\p{L}/u;

/** The words a name is found by: folded, split on anything that is not a letter or digit (emoji, dots, dashes). */
export function nameWords(name: string | undefined): string[] {
  if (!name) return [];
  return foldText(name).split(SEPARATORS).filter((word) => word.length > 0);
}

/**
 * `nameWords` for many names at once: names repeat their words, so each space-separated token is
 * folded once and remembered (the build's hot path; same result as `nameWords`).
 */
export class WordFolder {
  private readonly cache = new Map<string, string[]>();

  words(name: string | undefined): string[] {
    if (!name) return [];
    const out: string[] = [];
    for (const token of name.split(' ')) {
      let folded = this.cache.get(token);
      if (folded === undefined) {
        folded = nameWords(token);
        if (this.cache.size < 500_000) this.cache.set(token, folded);
      }
      for (const word of folded) if (!out.includes(word)) out.push(word);
    }
    return out;
  }
}

/** What the agent typed, split into name prefixes and digit groups. */
export interface ParsedQuery {
  /** Folded word prefixes with a letter; every one must start some word of the name. */
  words: string[];
  /**
   * The digit-only groups as typed ("farmacia 24 horas" → ["24"]). Names contain digits too
   * ("Farmacia 24 Horas", "juan perez 2"), so the groups match when each starts a word of the name,
   * or when `digits` matches the phone.
   */
  groups: string[];
  /** The groups' ASCII digits joined: the phone part, whatever its formatting; empty when none. */
  digits: string;
}

/**
 * "José Alv" → words [jose, alv]. "+55 (11) 98765-4321" → groups [55, 11, 98765, 4321], digits
 * 5511987654321. "Farmacia 24 Horas" → words [farmacia, horas], groups [24], digits 24.
 */
export function parseQuery(text: string): ParsedQuery {
  const tokens = foldText(text).split(SEPARATORS).filter((token) => token.length > 0);
  const words = tokens.filter((token) => HAS_LETTER.test(token));
  const groups = tokens.filter((token) => !HAS_LETTER.test(token));
  return { words, groups, digits: phoneDigits(groups.join('')) };
}

/** The shortest phone part searched by its last digits ("4321"); shorter digit strings only match starts. */
export const MIN_SUFFIX_DIGITS = 3;

/**
 * The full international digits of a contact: the WhatsApp identity carries them
 * (5511987654321@wa.gw.msging.net) even when the stored phone lacks the country code.
 */
export function contactPhoneDigits(identity: string, phoneNumber: string | undefined): string {
  const fromIdentity = /^(\d{8,15})@wa\.gw\.msging\.net$/i.exec(identity)?.[1];
  if (fromIdentity) return fromIdentity;
  const digits = phoneNumber ? phoneDigits(phoneNumber) : '';
  return digits.length >= 6 && digits.length <= 15 ? digits : '';
}
