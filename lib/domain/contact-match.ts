import type { CachedContact } from './contact';
import type { ContactFilter } from './contact-filter';
import { foldText } from './text-fold';
import { phoneDigits } from './phone';

/** The words of a text, folded (no accents, lower case), split on anything but letters and digits. */
function words(text: string | undefined): string[] {
  return text ? foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
}

/** Every word typed starts some word of the text: "jose" and "flores" both find "José Flores". */
function wordsMatch(query: string, text: string | undefined): boolean {
  const wanted = words(query);
  const have = words(text);
  return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)));
}

/** Letters and digits only, folded: "123.456.789-0" and "1234567890" are the same document. */
const compact = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

const DAY_START = 'T00:00:00.000Z';
const DAY_END = 'T23:59:59.999Z';

/**
 * Whether a cached contact passes the Contactos filters the way search does: name and city by any of
 * their words, accents and case ignored; e-mail anywhere in the address (a domain finds everyone at
 * it); document ignoring its punctuation; phone digits anywhere in the stored phone or the WhatsApp
 * id; the ID from its start; the period on the last interaction (UTC days, as Blip filters it).
 */
export function matchesContactFilter(contact: CachedContact, filter: ContactFilter): boolean {
  if (filter.name && !wordsMatch(filter.name, contact.name)) return false;
  if (filter.city && !wordsMatch(filter.city, contact.city)) return false;
  if (filter.email && !foldText(contact.email ?? '').includes(foldText(filter.email))) return false;
  if (filter.taxDocument && !compact(contact.taxDocument ?? '').includes(compact(filter.taxDocument))) return false;
  if (filter.identity && !foldText(contact.identity).startsWith(foldText(filter.identity))) return false;
  if (filter.phone) {
    const digits = phoneDigits(filter.phone);
    if (!phoneDigits(contact.phoneNumber ?? '').includes(digits) && !phoneDigits(contact.identity.split('@')[0] ?? '').includes(digits)) return false;
  }
  if (filter.from && contact.lastMessageDate < Date.parse(`${filter.from}${DAY_START}`)) return false;
  if (filter.to && contact.lastMessageDate > Date.parse(`${filter.to}${DAY_END}`)) return false;
  return true;
}

/** The matching contacts, newest interaction first (one pass over the cache, then a sort of the matches). */
export function filterCachedContacts(contacts: CachedContact[], filter: ContactFilter): CachedContact[] {
  return contacts.filter((contact) => matchesContactFilter(contact, filter)).sort((a, b) => b.lastMessageDate - a.lastMessageDate);
}
