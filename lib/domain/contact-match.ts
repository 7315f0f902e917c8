import type { CachedContact } from './contact';
import type { ContactFilter } from './contact-filter';
import { foldText } from './text-fold';
import { phoneDigits } from './phone';

const ASCII = /^[\x20-\x7e]*$/;
/** Folded text; plain ASCII (most e-mails, many names) skips the Unicode normalisation. */
const fold = (text: string) => (ASCII.test(text) ? text.toLowerCase() : foldText(text));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cached contact with the text its filters read, folded once (the same copy serves every filter). */
export interface PreparedContact {
  contact: CachedContact;
  name: string;
  city: string;
  email: string;
  document: string;
  identity: string;
  /** Digits of the stored phone and of the WhatsApp id, apart. */
  digits: string;
}

/** Letters and digits only, folded: "123.456.789-0" and "1234567890" are the same document. */
const compact = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Folds what the filters read, once per contact. */
export function prepareContacts(contacts: CachedContact[]): PreparedContact[] {
  return contacts.map((contact) => ({
    contact,
    name: fold(contact.name ?? ''),
    city: fold(contact.city ?? ''),
    email: fold(contact.email ?? ''),
    document: compact(contact.taxDocument ?? ''),
    identity: fold(contact.identity),
    digits: `${phoneDigits(contact.phoneNumber ?? '')} ${phoneDigits(contact.identity.split('@')[0] ?? '')}`,
  }));
}

/** "jose flores" → a test that each word starts some word of a folded text ("jose luis flores"). */
function wordStarts(query: string): (folded: string) => boolean {
  const patterns = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(word)}`, 'u'));
  return (folded) => folded !== '' && patterns.every((pattern) => pattern.test(folded));
}

const DAY_START = 'T00:00:00.000Z';
const DAY_END = 'T23:59:59.999Z';

/**
 * The Contactos filters as a test of one prepared contact, the way search matches: name and city by
 * any of their words, accents and case ignored; e-mail anywhere in the address (a domain finds
 * everyone at it); document ignoring its punctuation; phone digits anywhere in the stored phone or
 * the WhatsApp id; the ID from its start; the period on the last interaction (UTC days, as Blip
 * filters it). What the filter asks is prepared once, not per contact.
 */
export function contactMatcher(filter: ContactFilter): (prepared: PreparedContact) => boolean {
  const tests: Array<(prepared: PreparedContact) => boolean> = [];
  if (filter.name) {
    const name = wordStarts(filter.name);
    tests.push((prepared) => name(prepared.name));
  }
  if (filter.city) {
    const city = wordStarts(filter.city);
    tests.push((prepared) => city(prepared.city));
  }
  if (filter.email) {
    const email = fold(filter.email);
    tests.push((prepared) => prepared.email.includes(email));
  }
  if (filter.taxDocument) {
    const document = compact(filter.taxDocument);
    tests.push((prepared) => prepared.document.includes(document));
  }
  if (filter.identity) {
    const identity = fold(filter.identity);
    tests.push((prepared) => prepared.identity.startsWith(identity));
  }
  if (filter.phone) {
    const digits = phoneDigits(filter.phone);
    tests.push((prepared) => prepared.digits.includes(digits));
  }
  if (filter.from) {
    const from = Date.parse(`${filter.from}${DAY_START}`);
    tests.push((prepared) => prepared.contact.lastMessageDate >= from);
  }
  if (filter.to) {
    const to = Date.parse(`${filter.to}${DAY_END}`);
    tests.push((prepared) => prepared.contact.lastMessageDate <= to);
  }
  return (prepared) => tests.every((test) => test(prepared));
}

/** Whether one cached contact passes the filters (see `contactMatcher`). */
export function matchesContactFilter(contact: CachedContact, filter: ContactFilter): boolean {
  return contactMatcher(filter)(prepareContacts([contact])[0]!);
}

/** The matching contacts, newest interaction first: one pass over the prepared cache, then a sort of the matches. */
export function filterPrepared(prepared: PreparedContact[], filter: ContactFilter): CachedContact[] {
  const matches = contactMatcher(filter);
  return prepared.filter(matches).map((entry) => entry.contact).sort((a, b) => b.lastMessageDate - a.lastMessageDate);
}

/** `filterPrepared` straight from cached contacts. */
export function filterCachedContacts(contacts: CachedContact[], filter: ContactFilter): CachedContact[] {
  return filterPrepared(prepareContacts(contacts), filter);
}
