import { describe, expect, it } from 'vitest';
import { ContactIndexBuilder, type IndexSource } from './index-builder';
import { SegmentSet, type Segment } from './segment-set';

const DAY = 86_400_000;
type Cached = IndexSource & { number: string };
const CONTACTS: Cached[] = [
  { number: 'a', identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phoneNumber: '+55 (11) 98765-4321', lastMessageDate: 10 * DAY },
  { number: 'a', identity: '5215512345678@wa.gw.msging.net', name: 'María José Peña', phoneNumber: '55 1234 5678', lastMessageDate: 9 * DAY },
  { number: 'b', identity: '573001112222@wa.gw.msging.net', name: 'Joaquín Muñoz 🌻', phoneNumber: '+57 300 111 2222', lastMessageDate: 8 * DAY },
  { number: 'b', identity: '5511911114321@wa.gw.msging.net', phoneNumber: '11911114321', lastMessageDate: 7 * DAY },
  { number: 'c', identity: '5491122223333@wa.gw.msging.net', name: 'Ana Álvarez', lastMessageDate: 6 * DAY },
  // The same customer on a second number: one result listing both.
  { number: 'b', identity: '5511987654321@wa.gw.msging.net', name: 'José Alvarez', lastMessageDate: 2 * DAY },
  { number: 'a', identity: 'c0ffee@0mn.io', name: 'Lucía Gómez', phoneNumber: '+34 612 345 678', lastMessageDate: 1 * DAY },
  { number: 'a', identity: '525511112222@wa.gw.msging.net', name: 'Farmacia 24 Horas', lastMessageDate: 0.5 * DAY },
  { number: 'c', identity: '5215599990000@wa.gw.msging.net', name: 'juan perez 2', lastMessageDate: 0.4 * DAY },
];

/** One segment per number (pages of one number build one segment), as the background writes them. */
function segments(contacts: Cached[], firstSeq = 1): Segment[] {
  const numbers = [...new Set(contacts.map((contact) => contact.number))];
  return numbers.map((number, offset) => {
    const builder = new ContactIndexBuilder();
    contacts.filter((contact) => contact.number === number).forEach((contact) => builder.add(contact));
    return { seq: firstSeq + offset, installationId: number, index: builder.build() };
  });
}

const ALL = new Set(['a', 'b', 'c']);

describe('contact index', () => {
  const built = new SegmentSet(segments(CONTACTS));
  const names = (query: string, allowed: ReadonlySet<string> = ALL) =>
    built.search(query, { allowed }).map((hit) => hit.name ?? hit.identity);

  it.each([
    ['jose', ['José Álvarez', 'María José Peña']],
    ['alv', ['José Álvarez', 'Ana Álvarez']],
    ['ÁLVAREZ', ['José Álvarez', 'Ana Álvarez']],
    ['jose alv', ['José Álvarez']],
    ['alv jose', ['José Álvarez']],
    ['jo', ['José Álvarez', 'María José Peña', 'Joaquín Muñoz 🌻']],
    ['munoz', ['Joaquín Muñoz 🌻']],
    ['muñ', ['Joaquín Muñoz 🌻']],
    ['varez', []],
    ['pena maria', ['María José Peña']],
    ['jose xyz', []],
    ['lucia', ['Lucía Gómez']],
    ['', []],
    ['   ', []],
  ])('names: %j finds %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it.each([
    ['Farmacia 24 Horas', ['Farmacia 24 Horas']],
    ['farmacia 24', ['Farmacia 24 Horas']],
    ['24 horas', ['Farmacia 24 Horas']],
    ['24', ['Farmacia 24 Horas']],
    ['juan perez 2', ['juan perez 2']],
    ['juan 2', ['juan perez 2']],
    ['juan 3', []],
  ])('names with digits: %j finds %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it.each([
    ['+55 (11) 98765-4321', ['José Álvarez']],
    ['5511987654321', ['José Álvarez']],
    ['11 98765-4321', ['José Álvarez']],
    ['(11) 98765', ['José Álvarez']],
    ['4321', ['José Álvarez', '5511911114321@wa.gw.msging.net']],
    ['55 1234 5678', ['María José Peña']],
    ['+52 1 55 1234 5678', ['María José Peña']],
    ['300 111', ['Joaquín Muñoz 🌻']],
    ['2222', ['Joaquín Muñoz 🌻', 'Farmacia 24 Horas']],
    ['11 2222 3333', ['Ana Álvarez']],
    ['612 345', ['Lucía Gómez']],
    ['0000', ['juan perez 2']],
    ['999', []],
    ['jose 4321', ['José Álvarez']],
    ['ana 4321', []],
  ])('phones: %j finds %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('orders by last interaction and merges the numbers of one customer', () => {
    const [first] = built.search('jose alvarez', { allowed: ALL });
    expect(first).toEqual({ identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phoneDigits: '5511987654321', installationIds: ['a', 'b'], lastMessageDate: 10 * DAY });
    expect(built.search('4321', { allowed: ALL })[1]).toEqual({ identity: '5511911114321@wa.gw.msging.net', phoneDigits: '5511911114321', installationIds: ['b'], lastMessageDate: 7 * DAY });
    expect(built.search('lucia', { allowed: ALL })[0]).toMatchObject({ identity: 'c0ffee@0mn.io', phoneDigits: '34612345678' });
  });

  it.each([
    ['5511987654321@wa.gw.msging.net', 'José Álvarez'],
    ['c0ffee@0mn.io', 'Lucía Gómez'],
    ['5511911114321@wa.gw.msging.net', undefined],
  ])('finds %s by identity', (identity, name) => {
    const found = built.find(identity);
    expect([found?.identity, found?.name]).toEqual([identity, name]);
  });

  it.each(['5599999999999@wa.gw.msging.net', 'nobody@0mn.io', '34612345678@wa.gw.msging.net'])('does not find %s', (identity) => {
    expect(built.find(identity)).toBeUndefined();
  });

  it('searches only the allowed numbers, and lists only those', () => {
    expect(names('alv', new Set(['c']))).toEqual(['Ana Álvarez']);
    expect(names('jose', new Set())).toEqual([]);
    expect(built.search('jose alv', { allowed: new Set(['b']) })[0]).toMatchObject({ name: 'José Alvarez', installationIds: ['b'], lastMessageDate: 2 * DAY });
  });

  it('stops at the limit', () => {
    expect(built.search('a', { allowed: ALL, limit: 2 })).toHaveLength(2);
  });

  it('searches every number, however many', () => {
    const many: Cached[] = Array.from({ length: 40 }, (_, index) => ({ number: `n${index}`, identity: `5511900000${String(index).padStart(3, '0')}@wa.gw.msging.net`, name: `Cliente ${index}`, lastMessageDate: index }));
    const set = new SegmentSet(segments(many));
    const hits = set.search('cliente', { allowed: new Set(many.map((contact) => contact.number)) });
    expect(hits).toHaveLength(40);
    expect(hits[0]).toMatchObject({ name: 'Cliente 39', installationIds: ['n39'] });
  });

  it('a newer copy in a later segment replaces the older one: the old name no longer finds it', () => {
    const renamed: Cached[] = [{ number: 'a', identity: '5511987654321@wa.gw.msging.net', name: 'Pepe Álvarez', lastMessageDate: 12 * DAY }];
    const set = new SegmentSet([...segments(CONTACTS), ...segments(renamed, 10)]);
    expect(set.search('pepe', { allowed: ALL }).map((hit) => [hit.name, hit.installationIds])).toEqual([['Pepe Álvarez', ['a', 'b']]]);
    // Still found on number b by the name b keeps.
    expect(set.search('jose alv', { allowed: ALL }).map((hit) => [hit.name, hit.installationIds])).toEqual([['José Alvarez', ['b', 'a']]]);
    expect(set.search('4321', { allowed: ALL }).map((hit) => hit.name ?? hit.identity)).toEqual(['Pepe Álvarez', '5511911114321@wa.gw.msging.net']);
  });

  it('keeps the copy of the latest interaction whichever segment holds it, the later written on a tie', () => {
    const rosa = '5511900000001@wa.gw.msging.net';
    const tito = '5511900000002@wa.gw.msging.net';
    const copy = (identity: string, name: string, days: number): Cached => ({ number: 'a', identity, name, lastMessageDate: days * DAY });
    const set = new SegmentSet([
      ...segments([copy(rosa, 'Rosa Vieja', 5), copy(tito, 'Tito Uno', 7)], 1),
      // Written later but an earlier interaction: Rosa's first copy stays; Tito's tie goes to the later segment.
      ...segments([copy(rosa, 'Rosa Nueva', 3), copy(tito, 'Tito Dos', 7)], 2),
      // A segment whose interactions all end before both.
      ...segments([copy(rosa, 'Rosa Antigua', 1)], 3),
    ]);
    expect(set.search('rosa', { allowed: ALL }).map((hit) => hit.name)).toEqual(['Rosa Vieja']);
    expect(set.search('nueva', { allowed: ALL })).toEqual([]);
    expect(set.search('antigua', { allowed: ALL })).toEqual([]);
    expect(set.search('tito', { allowed: ALL }).map((hit) => hit.name)).toEqual(['Tito Dos']);
    expect(set.search('uno', { allowed: ALL })).toEqual([]);
  });
});
