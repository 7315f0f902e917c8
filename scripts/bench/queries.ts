import { createRandom } from '../../sandbox/data/random';
import { nameWords } from '../../lib/search/normalize';
import { nationalDigits } from '../../lib/domain/calling-codes';
import type { BenchContact } from './data';

export type QueryKind = 'name prefix' | 'two-word name' | 'phone prefix' | 'phone suffix';

/** What agents type, drawn from the data: word starts (accents and case as written), two word starts, number starts, last digits. */
export function generateQueries(contacts: BenchContact[], perKind: number, seed = 11): Record<QueryKind, string[]> {
  const random = createRandom(seed);
  const named = contacts.filter((contact) => contact.name);
  const pickNamed = () => named[random.int(0, named.length - 1)]!;
  const pick = () => contacts[random.int(0, contacts.length - 1)]!;
  const cut = (word: string, min: number, max: number) => word.slice(0, Math.min(word.length, random.int(min, max)));
  const queries: Record<QueryKind, string[]> = { 'name prefix': [], 'two-word name': [], 'phone prefix': [], 'phone suffix': [] };
  for (let index = 0; index < perKind; index++) {
    const words = pickNamed().name!.split(' ');
    const word = words[random.int(0, words.length - 1)]!;
    queries['name prefix'].push(random.chance(0.5) ? cut(word, 2, 5) : nameWords(cut(word, 2, 5))[0] ?? word);
    const two = pickNamed().name!.split(' ');
    queries['two-word name'].push(`${cut(two[0]!, 3, 5)} ${cut(two[two.length - 1]!, 2, 4)}`.toLowerCase());
    const digits = pick().digits;
    queries['phone prefix'].push(random.chance(0.5) ? digits.slice(0, random.int(4, 9)) : nationalDigits(digits).slice(0, random.int(4, 8)));
    queries['phone suffix'].push(pick().digits.slice(-4));
  }
  return queries;
}
