import { describe, expect, it } from 'vitest';
import { ContactIndexBuilder, type IndexSource } from './index-builder';

const DAY = 86_400_000;
const CONTACTS: IndexSource[] = [
  { installation: 0, identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phoneNumber: '+55 (11) 98765-4321', lastMessageDate: 10 * DAY },
  { installation: 0, identity: '5215512345678@wa.gw.msging.net', name: 'María José Peña', phoneNumber: '55 1234 5678', lastMessageDate: 9 * DAY },
  { installation: 1, identity: '573001112222@wa.gw.msging.net', name: 'Joaquín Muñoz 🌻', phoneNumber: '+57 300 111 2222', lastMessageDate: 8 * DAY },
  { installation: 1, identity: '5511911114321@wa.gw.msging.net', phoneNumber: '11911114321', lastMessageDate: 7 * DAY },
  { installation: 2, identity: '5491122223333@wa.gw.msging.net', name: 'Ana Álvarez', lastMessageDate: 6 * DAY },
  // The same customer on a second number: one result listing both.
  { installation: 1, identity: '5511987654321@wa.gw.msging.net', name: 'José Alvarez', lastMessageDate: 2 * DAY },
  { installation: 0, identity: 'c0ffee@0mn.io', name: 'Lucía Gómez', phoneNumber: '+34 612 345 678', lastMessageDate: 1 * DAY },
];

function index() {
  const builder = new ContactIndexBuilder();
  CONTACTS.forEach((contact) => builder.add(contact));
  return builder.build();
}

const ALL = 0b111;

describe('contact index', () => {
  const built = index();
  const names = (query: string, allowed = ALL) =>
    built.search(query, { allowed }).map((hit) => CONTACTS.find((contact) => contact.identity === hit.identity && contact.name)?.name ?? hit.identity);

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
    ['+55 (11) 98765-4321', ['José Álvarez']],
    ['5511987654321', ['José Álvarez']],
    ['11 98765-4321', ['José Álvarez']],
    ['(11) 98765', ['José Álvarez']],
    ['4321', ['José Álvarez', '5511911114321@wa.gw.msging.net']],
    ['55 1234 5678', ['María José Peña']],
    ['+52 1 55 1234 5678', ['María José Peña']],
    ['300 111', ['Joaquín Muñoz 🌻']],
    ['2222', ['Joaquín Muñoz 🌻']],
    ['11 2222 3333', ['Ana Álvarez']],
    ['612 345', ['Lucía Gómez']],
    ['999', []],
    ['jose 4321', ['José Álvarez']],
    ['ana 4321', []],
  ])('phones: %j finds %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('orders by last interaction and merges the numbers of one customer', () => {
    const [first] = built.search('jose alvarez', { allowed: ALL });
    expect(first).toEqual({ identity: '5511987654321@wa.gw.msging.net', name: 'José Álvarez', phoneDigits: '5511987654321', installations: 0b11, lastMessageDate: 10 * DAY });
    expect(built.search('4321', { allowed: ALL })[1]).toEqual({ identity: '5511911114321@wa.gw.msging.net', phoneDigits: '5511911114321', installations: 0b10, lastMessageDate: 7 * DAY });
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

  it('searches only the allowed numbers', () => {
    expect(names('alv', 0b100)).toEqual(['Ana Álvarez']);
    expect(names('jose', 0)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(built.search('a', { allowed: ALL, limit: 2 })).toHaveLength(2);
  });
});
