import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { saveInstallation } from '../../db/installations';
import { writeSetting } from '../../db/settings';
import { createStore, type SandboxStore } from '../../../sandbox/store';
import { SANDBOX_AGENT_EMAIL } from '../../../sandbox/numbers';
import { TICKET_BASE } from '../../../sandbox/data/conversation-states';
import { sandboxTransport } from '../../../tests/helpers/sandbox-transport';
import type { BlipClients } from '../installations/clients';
import { DeskRepliesService } from './desk-replies-service';

/** Tienda Norte's desk is the sandbox's own host; Loja Sul and Clínica Andes sit on their Blip tenants. */
const HOSTS: Record<string, string> = { norte: 'http://127.0.0.1:8787', sul: 'https://lojasul.http.msging.net', andes: 'https://clinicaandes.http.msging.net' };

describe('the values the desk palette fills in', () => {
  let db: Database;
  let store: SandboxStore;
  let reads: Record<string, string[]>;
  let service: DeskRepliesService;
  const ticketReads = () => Object.fromEntries(Object.entries(reads).map(([bot, uris]) => [bot, uris.filter((uri) => uri.startsWith('/tickets?')).length]));

  beforeEach(async () => {
    db = openDatabase(`desk-${Math.random()}`);
    store = createStore(Date.parse('2026-11-20T12:00:00Z'));
    reads = { norte: [], sul: [], andes: [] };
    const clients = { forInstallation: async (id: string) => sandboxTransport(store, id, { log: reads[id] }) } as unknown as BlipClients;
    service = new DeskRepliesService(db, clients, async () => undefined);
    await writeSetting(db, 'agentEmail', SANDBOX_AGENT_EMAIL);
    for (const [index, [id, host]] of Object.entries(HOSTS).entries()) {
      await saveInstallation(db, { id, name: id, phone: '+5215500000000', host, managed: false, createdAt: index }, { authorization: 'Key test' });
    }
  });

  it("fills the contact of the agent's own conversation, looked up only on the numbers that serve the desk", async () => {
    const values = await service.values(TICKET_BASE.norte, 'http://127.0.0.1:8787', 0);
    expect(values).toMatchObject({ 'contact.name': 'Renata Villaseñor', 'agent.fullName': 'Agente Demo', 'agent.email': SANDBOX_AGENT_EMAIL });
    expect(ticketReads()).toEqual({ norte: 1, sul: 0, andes: 0 });

    const onTenant = await service.values(TICKET_BASE.sul, 'https://lojasul.desk.blip.ai', 1);
    expect(onTenant['contact.name']).toBe('Heloísa Queiroz');
    expect(ticketReads()).toEqual({ norte: 1, sul: 1, andes: 0 });
  });

  it("gives no contact for a ticket number of another number's desk, nor for another agent's conversation", async () => {
    // A page that shows Loja Sul's #6000 on Tienda Norte's desk: Loja Sul is never asked.
    expect((await service.values(TICKET_BASE.sul, 'http://127.0.0.1:8787', 0))['contact.name']).toBeUndefined();
    expect(ticketReads()).toEqual({ norte: 1, sul: 0, andes: 0 });
    const otherAgents = store.bots.get('norte')!.tickets.find((ticket) => ticket.status === 'Open' && !ticket.agentIdentity?.startsWith('agente'))!;
    expect((await service.values(otherAgents.sequentialId, 'http://127.0.0.1:8787', 1))['contact.name']).toBeUndefined();
    // A desk no number serves gets the agent's values only.
    expect(await service.values(TICKET_BASE.norte, 'https://desk.blip.ai', 2)).not.toHaveProperty('contact.name');
    expect(ticketReads()).toEqual({ norte: 2, sul: 0, andes: 0 });
  });

  it('asks Blip again about the same conversation only after a minute', async () => {
    for (const at of [0, 1_000, 59_000]) expect((await service.values(TICKET_BASE.norte, 'http://127.0.0.1:8787', at))['contact.name']).toBe('Renata Villaseñor');
    expect(ticketReads().norte).toBe(1);
    await service.values(TICKET_BASE.norte, 'http://127.0.0.1:8787', 61_000);
    expect(ticketReads().norte).toBe(2);
  });

  it('looks up a few new ticket numbers in a row, then one every 10 s', async () => {
    // A page script that keeps changing the number shown gets five lookups, then one every 10 s.
    for (let at = 0; at < 8; at += 1) await service.values(TICKET_BASE.norte! + at, 'http://127.0.0.1:8787', at);
    expect(ticketReads().norte).toBe(5);
    expect((await service.values(TICKET_BASE.norte, 'http://127.0.0.1:8787', 10_010))['contact.name']).toBe('Renata Villaseñor');
    expect(ticketReads().norte).toBe(6);
  });

  it('an empty copy waits for the read of the replies already on its way (the warm-up started it), and a failed read is tried again', async () => {
    let finish!: () => void;
    let pulls = 0;
    const pulling = new DeskRepliesService(db, {} as BlipClients, () => {
      pulls++;
      return pulls === 1 ? Promise.reject(new Error('offline')) : new Promise<void>((resolve) => (finish = resolve));
    });
    await expect(pulling.refreshReplies(0)).rejects.toThrow('offline');
    void pulling.refreshReplies(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pulls).toBe(2);
    let listed = false;
    const replies = pulling.replies(2).then(() => (listed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listed).toBe(false);
    finish();
    await replies;
    expect(pulls).toBe(2);
  });
});
