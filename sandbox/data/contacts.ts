import type { SandboxNumber } from '../numbers';
import { createRandom, type Random } from './random';
import { CITIES_ES, CITIES_PT, EMOJI, PORTUGUESE_FIRST, PORTUGUESE_LAST, SPANISH_FIRST, SPANISH_LAST } from './names';

/** A contact as Blip's CRM stores it (blip-api.md §4.1). */
export interface SandboxContact {
  identity: string;
  name?: string;
  phoneNumber?: string;
  email?: string;
  city?: string;
  taxDocument?: string;
  gender?: string;
  group?: string;
  culture?: string;
  source: string;
  lastMessageDate: string;
  extras?: Record<string, string>;
}

const DAY = 86_400_000;

/**
 * Deterministic contacts for one number. About 5 % have no name (WhatsApp profile hidden), 3 % carry
 * emoji, phone numbers come in the formats people really type, and last interactions span two years
 * so "old contacts stay findable" and the 90-day history limit both show.
 */
export function generateContacts(number: SandboxNumber, now: number, seed = 1): SandboxContact[] {
  const random = createRandom(seed * 7919 + number.id.length * 104729 + number.identifier.charCodeAt(0));
  const contacts: SandboxContact[] = [];
  const used = new Set<string>();
  for (let index = 0; index < number.contacts; index++) {
    let digits: string;
    do digits = customerDigits(number, random);
    while (used.has(digits));
    used.add(digits);
    const name = contactName(number, random);
    const ageDays = random.chance(0.3) ? random.int(0, 30) : random.chance(0.5) ? random.int(31, 120) : random.int(121, 730);
    contacts.push({
      identity: `${digits}@wa.gw.msging.net`,
      name,
      phoneNumber: formatLikePeople(digits, random),
      email: name && random.chance(0.6) ? emailOf(name, random) : undefined,
      city: random.chance(0.8) ? random.pick(number.locale === 'pt' ? CITIES_PT : CITIES_ES) : undefined,
      taxDocument: random.chance(0.5) ? String(random.int(10_000_000, 99_999_999)) + String(random.int(100, 999)) : undefined,
      group: random.chance(0.1) ? random.pick(['clientes frecuentes', 'mayoristas']) : undefined,
      culture: number.locale === 'pt' ? 'pt-BR' : 'es-MX',
      source: 'WhatsApp',
      lastMessageDate: new Date(now - ageDays * DAY - random.int(0, DAY)).toISOString(),
      extras: random.chance(0.3) ? { plan: random.pick(['básico', 'plus', 'premium']) } : undefined,
    });
  }
  return contacts.sort((a, b) => b.lastMessageDate.localeCompare(a.lastMessageDate));
}

function contactName(number: SandboxNumber, random: Random): string | undefined {
  if (random.chance(0.05)) return undefined;
  const [first, last] = number.locale === 'pt' ? [PORTUGUESE_FIRST, PORTUGUESE_LAST] : [SPANISH_FIRST, SPANISH_LAST];
  const parts: string[] = [random.pick(first)];
  if (random.chance(0.25)) parts.push(random.pick(first));
  parts.push(random.pick(last));
  if (random.chance(0.4)) parts.push(random.pick(last));
  const name = parts.join(' ');
  return random.chance(0.03) ? `${name} ${random.pick(EMOJI)}` : name;
}

function customerDigits(number: SandboxNumber, random: Random): string {
  const area = String(random.int(11, 99));
  const subscriber = String(random.int(10_000_000, 99_999_999));
  return number.locale === 'pt' ? `55${area}9${subscriber}` : `${number.customerPrefix}${area}${subscriber}`;
}

function formatLikePeople(digits: string, random: Random): string {
  const country = digits.startsWith('521') ? '52 1' : digits.slice(0, 2);
  const rest = digits.startsWith('521') ? digits.slice(3) : digits.slice(2);
  const area = rest.slice(0, 2);
  const local = rest.slice(2);
  const split = local.length - 4;
  switch (random.int(0, 3)) {
    case 0:
      return `+${digits}`;
    case 1:
      return `+${country} (${area}) ${local.slice(0, split)}-${local.slice(split)}`;
    case 2:
      return `+${country} ${area} ${local.slice(0, split)} ${local.slice(split)}`;
    default:
      return `${area}${local}`;
  }
}

function emailOf(name: string, random: Random): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z ]/g, '')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  return `${ascii[0]}.${ascii.at(-1)}${random.int(1, 99)}@${random.pick(['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br'])}`;
}
