import { PORTUGUESE_FIRST, PORTUGUESE_LAST, SPANISH_FIRST, SPANISH_LAST } from '../../sandbox/data/names';
import { createRandom } from '../../sandbox/data/random';

/** A generated customer, deduplicated across numbers (`numbers` is a bit mask of the 5 numbers). */
export interface BenchContact {
  identity: string;
  name?: string;
  phoneNumber: string;
  digits: string;
  numbers: number;
  lastMessageDate: number;
}

const SYLLABLES = ['ra', 'mi', 'to', 'sa', 'la', 've', 'go', 'nu', 'ri', 'pe', 'do', 'can', 'mar', 'tin', 'sol', 'ber', 'cas', 'gal', 'lo', 'mon', 'ta', 'vi', 'que', 'ño', 'çao', 'lú'];
const COUNTRIES = [
  { prefix: '521', area: () => 2, local: 8 },
  { prefix: '55', area: () => 2, local: 9 },
  { prefix: '57', area: () => 0, local: 10 },
  { prefix: '549', area: () => 2, local: 8 },
  { prefix: '34', area: () => 0, local: 9 },
];
const DAY = 86_400_000;

/**
 * `rows` cached contacts over 5 numbers (≈3 % of customers are on two numbers, so unique contacts
 * are a little fewer): Spanish and Portuguese names with accents, 5 % unnamed, a long tail of rare
 * surnames so the vocabulary is realistic, national phone formats, interactions over two years.
 */
export function generateContacts(rows: number, now: number, seed = 7): { contacts: BenchContact[]; rows: number } {
  const random = createRandom(seed);
  const contacts: BenchContact[] = [];
  const used = new Set<string>();
  let placed = 0;
  const syllables = () => Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
  while (placed < rows) {
    const number = placed % 5;
    const country = COUNTRIES[number]!;
    let digits: string;
    do digits = country.prefix + String(random.int(10 ** (country.local + country.area() - 1), 10 ** (country.local + country.area()) - 1));
    while (used.has(digits));
    used.add(digits);
    const portuguese = number === 1;
    const first = random.pick(portuguese ? PORTUGUESE_FIRST : SPANISH_FIRST);
    const lastName = () => (random.chance(0.3) ? capitalize(syllables()) : random.pick(portuguese ? PORTUGUESE_LAST : SPANISH_LAST));
    const parts = [first, ...(random.chance(0.2) ? [random.pick(SPANISH_FIRST)] : []), lastName(), ...(random.chance(0.4) ? [lastName()] : [])];
    const shared = random.chance(0.03) && placed + 1 < rows;
    contacts.push({
      identity: `${digits}@wa.gw.msging.net`,
      name: random.chance(0.05) ? undefined : parts.join(' '),
      phoneNumber: random.chance(0.5) ? `+${digits}` : `+${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, -4)}-${digits.slice(-4)}`,
      digits,
      numbers: shared ? (1 << number) | (1 << ((number + 1) % 5)) : 1 << number,
      lastMessageDate: now - random.int(0, 730 * DAY),
    });
    placed += shared ? 2 : 1;
  }
  return { contacts, rows: placed };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
