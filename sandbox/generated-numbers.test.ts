import { describe, expect, it } from 'vitest';
import { createStore } from './store';
import { addGeneratedNumbers } from './generated-numbers';

describe('generated numbers for scale runs', () => {
  it('adds numbers with their own keys and contacts, each with one contact no other number has, on its last page', () => {
    const store = createStore(Date.parse('2026-01-15T12:00:00Z'));
    const planted = addGeneratedNumbers(store, 30, 200);
    expect(planted).toHaveLength(30);
    const bots = planted.map((entry) => store.bots.get(entry.bot)!);
    expect(new Set(bots.map((bot) => bot.authorization)).size).toBe(30);
    for (const [index, bot] of bots.entries()) {
      expect(bot.contacts).toHaveLength(200);
      expect(bot.number.attendants.length).toBeGreaterThan(0);
      const last = bot.contacts.at(-1)!;
      expect(last.name).toBe(planted[index]!.name);
      expect(bot.contacts.slice(0, -1).every((contact) => contact.lastMessageDate > last.lastMessageDate)).toBe(true);
    }
    const surnames = planted.map((entry) => entry.name.split(' ').at(-1)!);
    expect(surnames.every((surname) => surnames.filter((other) => other.startsWith(surname)).length === 1)).toBe(true);
    const everyName = [...store.bots.values()].flatMap((bot) => bot.contacts.map((contact) => contact.name ?? ''));
    for (const entry of planted) expect(everyName.filter((name) => name === entry.name)).toHaveLength(1);
  });
});
