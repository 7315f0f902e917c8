import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { waitForText } from './harness/ui';
import { foldText } from '../../lib/domain/text-fold';
import { seriousViolations } from './harness/axe';

/** Types a query the way an agent does and returns the result rows' text once they answer it. */
async function search(panel: Page, text: string): Promise<string[]> {
  await panel.$eval('#global-search-input', (input) => ((input as HTMLInputElement).value = ''));
  await panel.type('#global-search-input', text);
  await panel.waitForFunction(
    // The results on screen answer the typed query, not one of its earlier keystrokes.
    (typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed && (document.querySelector('.search-result') || document.querySelector('[data-testid="search-empty"]')),
    { timeout: 30_000 },
    text,
  );
  return panel.$$eval('.search-result', (rows) => rows.map((row) => (row as HTMLElement).innerText));
}

/** Waits until the background cached every contact of the attendant numbers (2500 + 2000) and the panel indexed them. */
async function waitForIndex(panel: Page): Promise<void> {
  await panel.waitForSelector('#global-search-input');
  await panel.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 60_000 });
}

describe('global search (attendant on Tienda Norte and Loja Sul, manager on Clínica Andes)', () => {
  const context = useConnectedExtension();

  it('finds "José Álvarez" by "jose alv" and by "alv", accents and case ignored, across numbers', async () => {
    const { session, sandbox } = context;
    const norte = sandbox.store.bots.get('norte')!.contacts;
    const target = norte.find((contact) => /^José .*Álvarez/.test(contact.name ?? ''))!;
    const panel = await session.open('sidepanel');
    await waitForIndex(panel);
    await waitForText(panel, 'No incluye Clínica Andes');
    await waitForText(panel, 'No busca en el contenido de los mensajes');

    const rows = await search(panel, 'jose alv');
    expect(rows.some((row) => row.includes(target.name!))).toBe(true);
    for (const row of rows) {
      const words = foldText(row.split('\n')[0]!).split(/[^a-z0-9]+/);
      expect(words.some((word) => word.startsWith('jose')) && words.some((word) => word.startsWith('alv'))).toBe(true);
    }
    expect(await seriousViolations(panel)).toEqual([]);
    const byLastName = await search(panel, 'ÁLV');
    expect(byLastName.length).toBeGreaterThan(rows.length - 1);
    expect(byLastName.every((row) => /álvarez/i.test(row.split('\n')[0]!))).toBe(true);
  });

  it('finds a contact by the last digits of its phone and by its number in another format', async () => {
    const { session, sandbox } = context;
    const sul = sandbox.store.bots.get('sul')!.contacts;
    const target = sul.find((contact) => contact.name)!;
    const digits = target.identity.split('@')[0]!;
    const panel = await session.open('sidepanel');
    await waitForIndex(panel);

    const bySuffix = await search(panel, digits.slice(-4));
    expect(bySuffix.some((row) => row.includes(target.name!))).toBe(true);

    const formatted = `+${digits.slice(0, 2)} (${digits.slice(2, 4)}) ${digits.slice(4, 9)}-${digits.slice(9)}`;
    const exact = await search(panel, formatted);
    expect(exact).toHaveLength(1);
    expect(exact[0]).toContain(target.name);
    expect(exact[0]).toContain('Loja Sul');

    const national = await search(panel, `${digits.slice(2, 4)} ${digits.slice(4)}`);
    expect(national[0]).toContain(target.name);
  });

  it('opens the highlighted result with the arrow keys and Enter', async () => {
    const { session } = context;
    const panel = await session.open('sidepanel');
    await waitForIndex(panel);
    const rows = await search(panel, 'maria');
    expect(rows.length).toBeGreaterThan(1);
    const second = rows[1]!.split('\n')[0]!;
    await panel.keyboard.press('ArrowDown');
    await panel.waitForFunction(() => document.querySelector('#search-result-1')?.getAttribute('aria-selected') === 'true');
    await panel.keyboard.press('Enter');
    await waitForText(panel, second, '.contact-header h2');
    // A contact without recent history opens the no-history dialog first.
    await panel.waitForSelector('dialog[open], .conversation');
    if (await panel.$('dialog[open]')) await panel.keyboard.press('Escape');
    await panel.click('.contact-view button');
    await panel.waitForSelector('#global-search-input');
    expect(await panel.$eval('#global-search-input', (input) => (input as HTMLInputElement).value)).toBe('maria');
  });

  it('finds names with digits, and leaves out (and counts) a cached contact it cannot read, after a sync and in a newly opened panel', async () => {
    const { session, sandbox, ids } = context;
    const norte = sandbox.store.bots.get('norte')!;
    const now = new Date().toISOString();
    norte.contacts.unshift(
      { identity: '5215511112424@wa.gw.msging.net', name: 'Farmacia 24 Horas', phoneNumber: '+52 1 55 1111 2424', source: 'WhatsApp', lastMessageDate: now },
      { identity: '5215522220002@wa.gw.msging.net', name: 'juan perez 2', source: 'WhatsApp', lastMessageDate: now },
    );
    const panel = await session.open('sidepanel');
    await waitForIndex(panel);
    // A page of cached contacts as an older version (or damage) could have left it: one unreadable contact beside a good one.
    await panel.evaluate(async (installationId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => Object.assign(indexedDB.open('asistencia-companion'), { onsuccess(this: IDBOpenDBRequest) { resolve(this.result); }, onerror: reject }));
      const tx = db.transaction(['contactPages', 'contactSync'], 'readwrite');
      const sync = tx.objectStore('contactSync');
      const state = await new Promise<{ nextPage: number }>((resolve) => Object.assign(sync.get(installationId), { onsuccess(this: IDBRequest) { resolve(this.result); } }));
      tx.objectStore('contactPages').put({ installationId, page: state.nextPage, contacts: [{ identity: null, name: 'Dañado' }, { identity: '5215533330003@wa.gw.msging.net', name: 'Intacto Prueba', lastMessageDate: Date.now() }] });
      sync.put({ ...state, nextPage: state.nextPage + 1 });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, ids.norte!);
    await session.rpc('contacts.sync', {});
    await panel.close();

    const reopened = await session.open('sidepanel');
    await waitForIndex(reopened);
    await reopened.waitForFunction(() => document.querySelector('[data-testid="search-skipped"]'), { timeout: 30_000 });
    expect(await search(reopened, 'intacto')).toEqual([expect.stringContaining('Intacto Prueba')]);
    expect(await search(reopened, 'Farmacia 24 Horas')).toEqual([expect.stringContaining('Farmacia 24 Horas')]);
    expect(await search(reopened, 'juan perez 2')).toEqual([expect.stringContaining('juan perez 2')]);
    expect((await search(reopened, '2424'))[0]).toContain('Farmacia 24 Horas');
    await waitForText(reopened, 'Un contacto guardado no se pudo leer', '[data-testid="search-skipped"]');
  });

  it('explains an empty search with the FAQ possibilities', async () => {
    const { session } = context;
    const panel = await session.open('sidepanel');
    await waitForIndex(panel);
    await search(panel, 'zzqx');
    const text = await waitForText(panel, 'La búsqueda no retornó nada', '[data-testid="search-empty"]');
    expect(text).toContain('digitó mal, es gestor (sin rol de atendiente), o no hay contactos vinculados');
  });
});

describe('global search for a manager without the attendant role', () => {
  const context = useConnectedExtension({ connect: false });

  it('returns zero results and says why', async () => {
    const { session, sandbox } = context;
    const info = await sandbox.numbers();
    const andes = info.numbers.find((number) => number.id === 'andes')!;
    await session.rpc('settings.setAgentEmail', { email: info.agentEmail });
    const { id } = await session.rpc<{ id: string }>('installations.save', { name: andes.name, phone: andes.phone, host: info.host, key: { mode: 'header', header: andes.authorization } });
    await session.rpc('installations.refreshRole', { id });
    const someone = sandbox.store.bots.get('andes')!.contacts.find((contact) => contact.name)!;

    const panel = await session.open('sidepanel');
    await panel.waitForSelector('#global-search-input');
    const rows = await search(panel, someone.name!.split(' ')[0]!);
    expect(rows).toEqual([]);
    const text = await waitForText(panel, 'Usted es gestor', '[data-testid="search-empty"]');
    expect(text).toContain('es el comportamiento esperado actualmente');
  });
});
