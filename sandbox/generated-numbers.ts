import { generateContacts, type SandboxContact } from './data/contacts';
import { SANDBOX_AGENT_EMAIL, type SandboxNumber } from './numbers';
import { newBotState, type SandboxStore } from './store';

/** A contact planted on one generated number only, with a surname no other contact has. */
export interface PlantedContact {
  bot: string;
  name: string;
  identity: string;
}

const FIRST_NAMES = ['Zacarías', 'Eulalia', 'Anacleto', 'Filomena', 'Casimiro', 'Eduviges', 'Pancracio', 'Gertrudis'];

/** `index` in letters, two at least (aa, ab, …): no planted surname is the start of another. */
function letters(index: number): string {
  let text = '';
  for (let rest = index; text.length < 2 || rest > 0; rest = Math.floor(rest / 26)) text = String.fromCharCode(97 + (rest % 26)) + text;
  return text;
}

/**
 * Adds `numbers` plain bots of `contactsEach` generated contacts each (contacts only: no tickets,
 * threads or replies), where the demo agent is an attendant, for scale runs. Each number's oldest
 * contact (so on its last page) is planted: a name found on that number only. Returns the planted
 * contacts, one per number, in order.
 */
export function addGeneratedNumbers(store: SandboxStore, numbers: number, contactsEach: number, seed = 1): PlantedContact[] {
  const planted: PlantedContact[] = [];
  for (let index = 0; index < numbers; index++) {
    const id = `scale-${letters(index)}`;
    const number: SandboxNumber = {
      id,
      identifier: `escala${letters(index)}`,
      accessKey: Buffer.from(`${id}-sandbox-key`).toString('base64'),
      name: `Escala ${index + 1}`,
      phone: `+52155${String(10_000_000 + index).padStart(8, '0')}`,
      role: 'bot',
      locale: index % 2 ? 'pt' : 'es',
      customerPrefix: '521',
      contacts: Math.max(0, contactsEach - 1),
      attendants: [{ email: SANDBOX_AGENT_EMAIL, fullName: 'Agente Demo', teams: ['Ventas'], status: 'Online' }],
    };
    const contacts = generateContacts(number, store.now, seed * 1009 + index);
    const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} Ulloqui${letters(index)}`;
    const oldest = contacts.at(-1)?.lastMessageDate ?? new Date(store.now).toISOString();
    const contact: SandboxContact = { identity: `${90_000_000_000 + index}@wa.gw.msging.net`, name, phoneNumber: `+${90_000_000_000 + index}`, source: 'WhatsApp', lastMessageDate: new Date(Date.parse(oldest) - 60_000).toISOString() };
    if (contactsEach > 0) contacts.push(contact);
    store.bots.set(id, newBotState(number, contacts));
    if (contactsEach > 0) planted.push({ bot: id, name, identity: contact.identity });
  }
  return planted;
}
