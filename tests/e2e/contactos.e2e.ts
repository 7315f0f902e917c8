import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { conversationCases } from '../../sandbox/data/conversation-states';
import { clickButton, waitForElementWith, waitForText } from './harness/ui';
import type { SandboxContact } from '../../sandbox/data/contacts';
import { seriousViolations } from './harness/axe';

const DAY = 86_400_000;

/** Sets a filter input as typing would (date inputs take their value directly). */
async function setFilter(panel: Page, field: string, value: string): Promise<void> {
  const selector = `#contact-filter-${field}`;
  if (field !== 'name') await panel.$eval('.more-filters', (details) => ((details as HTMLDetailsElement).open = true));
  const type = await panel.$eval(selector, (input) => (input as HTMLInputElement).type);
  await panel.$eval(selector, (input) => {
    (input as HTMLInputElement).value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (type === 'date') {
    await panel.$eval(selector, (input, text) => {
      (input as HTMLInputElement).value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  } else {
    await panel.type(selector, value);
  }
}

async function openContactos(panel: Page): Promise<void> {
  await panel.waitForSelector('#tab-contactos');
  await panel.click('#tab-contactos');
  await waitForText(panel, 'contactos', '.contactos p[aria-live]');
}

/** Lower case without accents, the way an agent types. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const nameWords = (text: string | undefined) => (text ? fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : []);

/** Applies filters and waits for the count line of the new answer. */
async function applyFilters(panel: Page, filters: Record<string, string>, expected: number): Promise<string[]> {
  await clickButton(panel, 'Limpiar filtros');
  await waitForText(panel, '2500 contactos', '.contactos p[aria-live]');
  for (const [field, value] of Object.entries(filters)) await setFilter(panel, field, value);
  await clickButton(panel, 'Buscar');
  const line = await waitForText(panel, expected === 1 ? '1 contacto' : `${expected} contactos`, '.contactos p[aria-live]');
  // One contact is "1 contacto", never "1 contactos".
  if (expected === 1) expect(line.trim().endsWith('1 contacto')).toBe(true);
  return panel.$$eval('.contact-row', (rows) => rows.map((row) => (row as HTMLElement).innerText));
}

describe('Contactos', () => {
  const context = useConnectedExtension();
  const contacts = () => context.sandbox.store.bots.get('norte')!.contacts;
  const count = (predicate: (contact: SandboxContact) => boolean) => contacts().filter(predicate).length;

  it('lists the selected number\'s contacts, newest interaction first', async () => {
    const panel = await context.session.open('sidepanel');
    await openContactos(panel);
    await waitForText(panel, '2500 contactos', '.contactos p[aria-live]');
    const rows = await panel.$$eval('.contact-row', (nodes) => nodes.map((node) => (node as HTMLElement).innerText));
    expect(rows).toHaveLength(50);
    const newest = [...contacts()].sort((a, b) => b.lastMessageDate.localeCompare(a.lastMessageDate)).slice(0, 3);
    newest.forEach((contact, index) => expect(rows[index]).toContain(contact.name ?? '(Sin nombre)'));
    await clickButton(panel, 'Cargar más');
    await panel.waitForFunction(() => document.querySelectorAll('.contact-row').length === 100);
  });

  it('filters like search on a number with its contacts cached: any word, no accents or case, e-mail by domain', async () => {
    // Tienda Norte's contacts are cached once its first sync is done.
    const probe = () => context.session.rpc<{ source: string }>('contacts.list', { installationId: context.ids.norte, filter: { name: 'a' }, skip: 0, take: 1 });
    await expect.poll(async () => (await probe()).source, { timeout: 60_000, interval: 500 }).toBe('cache');
    const panel = await context.session.open('sidepanel');
    await openContactos(panel);
    const sample = contacts().find((contact) => contact.email && contact.taxDocument && contact.city)!;
    const digits = sample.identity.split('@')[0]!;
    // The way agents type: unaccented, lower case, a surname, a domain.
    const named = await applyFilters(panel, { name: 'jose' }, count((contact) => nameWords(contact.name).some((word) => word.startsWith('jose'))));
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((row) => nameWords(row.split('\n')[0]).some((word) => word.startsWith('jose')))).toBe(true);
    expect(named.some((row) => row.startsWith('José'))).toBe(true);
    expect(named.some((row) => !fold(row).startsWith('jose'))).toBe(true);
    await waitForText(panel, 'Filtrado en la copia local de los contactos de Tienda Norte', '[data-testid="filter-source"]');
    await applyFilters(panel, { name: 'flores' }, count((contact) => nameWords(contact.name).includes('flores')));
    await applyFilters(panel, { city: 'queretaro' }, count((contact) => fold(contact.city ?? '').includes('queretaro')));
    const hotmail = await applyFilters(panel, { email: 'hotmail' }, count((contact) => contact.email?.includes('hotmail') ?? false));
    expect(hotmail.length).toBeGreaterThan(0);
    expect(hotmail.every((row) => row.includes('@hotmail.'))).toBe(true);

    await applyFilters(panel, { email: sample.email!.slice(0, 6) }, count((contact) => contact.email?.includes(sample.email!.slice(0, 6)) ?? false));

    const phone = await applyFilters(panel, { phone: digits.slice(-8) }, 1);
    expect(phone[0]).toContain(sample.name ?? '(Sin nombre)');

    const now = context.sandbox.store.now;
    const from = new Date(now - 30 * DAY).toISOString().slice(0, 10);
    const to = new Date(now).toISOString().slice(0, 10);
    const inPeriod = (contact: SandboxContact) => contact.lastMessageDate >= `${from}T00:00:00.000Z` && contact.lastMessageDate <= `${to}T23:59:59.999Z`;
    await applyFilters(panel, { city: sample.city!, from, to }, count((contact) => contact.city === sample.city && inPeriod(contact)));

    await applyFilters(panel, { taxDocument: sample.taxDocument! }, count((contact) => contact.taxDocument?.includes(sample.taxDocument!) ?? false));
    const byId = await applyFilters(panel, { identity: sample.identity }, 1);
    expect(byId[0]).toContain(sample.name ?? '(Sin nombre)');
  });

  it('says Blip filters a number without a contact cache, and how its filters match', async () => {
    const panel = await context.session.open('sidepanel');
    await panel.waitForSelector('.number-selector select');
    await panel.select('.number-selector select', context.ids.andes!);
    await openContactos(panel);
    await setFilter(panel, 'name', 'José');
    await clickButton(panel, 'Buscar');
    const note = await waitForText(panel, 'Filtrado por Blip', '[data-testid="filter-source"]');
    expect(note).toContain('solo el comienzo del dato');
    expect(note).toContain('usted es gestor');
    const andes = context.sandbox.store.bots.get('andes')!.contacts;
    await waitForText(panel, `${andes.filter((contact) => contact.name?.startsWith('José')).length} contactos`, '.contactos p[aria-live]');
    await panel.select('.number-selector select', context.ids.norte!);
  });

  it('validates filters as typed', async () => {
    const panel = await context.session.open('sidepanel');
    await openContactos(panel);
    await setFilter(panel, 'phone', 'abc');
    const error = await panel.waitForSelector('#contact-filter-phone-error');
    expect(await error!.evaluate((node) => node.textContent)).not.toBe('');
    expect(await panel.$eval('.contact-filters button[type="submit"]', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(await seriousViolations(panel)).toEqual([]);
    await setFilter(panel, 'phone', '');
    await setFilter(panel, 'from', '2026-02-01');
    await setFilter(panel, 'to', '2026-01-01');
    await waitForText(panel, 'La fecha final debe ser posterior a la inicial.');
  });

  it('opens a contact with its details, open tickets and recent conversation, and its view in Conversas', async () => {
    const panel = await context.session.open('sidepanel');
    await openContactos(panel);
    // The demo contact in attendance with the agent, window open (ticket #5000).
    const seeded = conversationCases.get(context.sandbox.store.bots.get('norte')!)!.find((item) => item.state === 'window-open')!;
    const target = contacts().find((contact) => contact.identity === seeded.identity)!;
    await applyFilters(panel, { identity: target.identity }, 1);
    await panel.click('.contact-row');
    const details = await waitForText(panel, target.city!, '.contact-details');
    expect(details).toContain(target.name!);
    const tickets = await waitForText(panel, '#5000', '[data-testid="open-tickets"]');
    expect(tickets).toContain('En atención');
    // The agent by name, as Desk lists its attendants, not as an e-mail.
    const me = context.sandbox.store.bots.get('norte')!.number.attendants.find((attendant) => attendant.email === 'agente@demo.blip.ai')!;
    await waitForText(panel, me.fullName, '[data-testid="open-tickets"]');
    expect(await panel.$eval('[data-testid="open-tickets"]', (node) => (node as HTMLElement).innerText)).not.toContain('agente@demo.blip.ai');
    await clickButton(panel, 'Conversación de los últimos 3 meses');
    await panel.waitForSelector('.contact-details [data-testid="timeline-message"]');
    await panel.waitForSelector('.contact-details [data-testid="text-composer"]');
    expect(await seriousViolations(panel)).toEqual([]);
    await clickButton(panel, 'Datos');
    await clickButton(panel, 'Abrir conversación en Conversas');
    await waitForElementWith(panel, '.contact-header', [target.name!, 'Tienda Norte']);
    expect(await panel.$eval('[role="tab"][aria-selected="true"]', (tab) => tab.textContent)).toBe('Conversas');
  });
});
