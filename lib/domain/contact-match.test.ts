import { describe, expect, it } from 'vitest';
import { filterCachedContacts, matchesContactFilter } from './contact-match';
import type { CachedContact } from './contact';
import { contactFilterSchema, type ContactFilterInput } from './contact-filter';

const parsed = (filter: ContactFilterInput) => contactFilterSchema.parse(filter);

const jose: CachedContact = {
  identity: '5214421234567@wa.gw.msging.net',
  name: 'José Luis Flores Ávila',
  phoneNumber: '+52 1 442 123 4567',
  email: 'jl.flores@Hotmail.com',
  city: 'Santiago de Querétaro',
  taxDocument: 'FOAJ-800101.ABC',
  lastMessageDate: Date.parse('2025-03-10T15:00:00Z'),
};

describe('matchesContactFilter', () => {
  it.each([
    ['name, unaccented and lower case', { name: 'jose' }],
    ['a surname', { name: 'flores' }],
    ['two words in any order', { name: 'avila jose' }],
    ['the start of a word', { name: 'Flo' }],
    ['a city by any word, without its accent', { city: 'queretaro' }],
    ['an e-mail by its domain', { email: 'hotmail' }],
    ['an e-mail from its start, any case', { email: 'JL.FLO' }],
    ['a document without its punctuation', { taxDocument: 'foaj800101' }],
    ['phone digits inside the phone', { phone: '123 4567' }],
    ['the ID from its start', { identity: '5214421234567' }],
    ['a period that holds the last interaction', { from: '2025-03-10', to: '2025-03-10' }],
    ['several filters at once', { name: 'luis', city: 'santiago', email: '.com' }],
  ])('finds by %s', (_, filter) => {
    expect(matchesContactFilter(jose, parsed(filter))).toBe(true);
  });

  it.each([
    ['a word that is not in the name', { name: 'maria' }],
    ['a name word only in the middle of another', { name: 'ores' }],
    ['another domain', { email: 'gmail' }],
    ['another city', { city: 'monterrey' }],
    ['a period after the last interaction', { from: '2025-03-11' }],
    ['a period before it', { to: '2025-03-09' }],
    ['one filter that fails among several', { name: 'jose', city: 'monterrey' }],
  ])('leaves out %s', (_, filter) => {
    expect(matchesContactFilter(jose, parsed(filter))).toBe(false);
  });

  it('treats a contact without the field as not matching it', () => {
    expect(matchesContactFilter({ identity: 'x@wa.gw.msging.net', lastMessageDate: 0 }, parsed({ name: 'jose' }))).toBe(false);
    expect(matchesContactFilter({ identity: 'x@wa.gw.msging.net', lastMessageDate: 0 }, parsed({}))).toBe(true);
  });
});

describe('filterCachedContacts', () => {
  it('keeps the matches, newest interaction first', () => {
    const older = { ...jose, identity: 'a@wa.gw.msging.net', lastMessageDate: 1 };
    const newer = { ...jose, identity: 'b@wa.gw.msging.net', lastMessageDate: 2 };
    const other = { ...jose, identity: 'c@wa.gw.msging.net', name: 'Ana', lastMessageDate: 3 };
    expect(filterCachedContacts([older, other, newer], parsed({ name: 'jose' })).map((contact) => contact.identity)).toEqual(['b@wa.gw.msging.net', 'a@wa.gw.msging.net']);
  });
});
