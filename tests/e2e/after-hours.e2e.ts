import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sandboxState, settle } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { clickButton, waitForText } from './harness/ui';
import { lastWeekdayAt } from '../../sandbox/data/zoned-time';

interface Case {
  identity: string;
  name?: string;
  label: string;
  listed: boolean;
  callbackRequested: boolean;
  sent?: 'extension' | 'elsewhere';
}

/** Shows the number's list: from Conversas (the panel reopens at the section shown last, maybe this one, of another number). */
async function openSection(page: Page, installationId: string) {
  await showConversas(page);
  await page.waitForSelector('.number-selector select');
  await page.select('.number-selector select', installationId);
  await page.click('#tab-fuera-horario');
}

async function showConversas(page: Page) {
  await page.click('#tab-conversas');
  await page.waitForSelector('#tab-conversas[aria-selected="true"]');
}

/** Each card's values by column: name, date, contact, callback, sent. */
async function rowsByIdentity(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.$$eval('[data-testid="after-hours-row"]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-identity'),
        {
          name: row.querySelector('.card-title')?.textContent ?? '',
          ...Object.fromEntries([...row.querySelectorAll('[data-field]')].map((field) => [field.getAttribute('data-field'), (field.querySelector('dd .pill') ?? field.querySelector('dd'))?.textContent ?? ''])),
        },
      ]),
    ),
  );
}


/** Contactos fuera del horario: the right customers across a time zone and a weekend, callback, N/D, send. */
describe('after-hours contacts', () => {
  const context = useConnectedExtension();

  it("lists exactly the customers who wrote outside Tienda Norte's hours in the last 7 days", async () => {
    const cases = await sandboxState<Case[]>(context.sandbox, 'norte', 'after-hours-cases');
    const page = await context.session.open('sidepanel');
    await openSection(page, context.ids.norte!);
    await waitForText(page, 'Horario de atención: el del Blip Desk (America/Mexico_City).');
    await page.waitForSelector('[data-testid="after-hours-row"]');
    const rows = await rowsByIdentity(page);
    for (const seeded of cases) {
      expect(Boolean(rows[seeded.identity]), `${seeded.label} listed`).toBe(seeded.listed);
      if (!seeded.listed) continue;
      const row = rows[seeded.identity]!;
      expect(row.callback, `${seeded.label} callback`).toBe(seeded.callbackRequested ? 'Sí' : 'No');
      expect(row.name, `${seeded.label} name`).toBe(seeded.name ?? '(Sin nombre)');
      if (seeded.sent === 'extension' || !seeded.sent) expect(row.sent, `${seeded.label} sent`).toBe(seeded.sent ? 'Sí' : 'No');
    }
    // The Conversas demo contacts wrote hours ago, inside or outside hours depending on the clock: leave them out.
    const conversationContacts = new Set((await sandboxState<Array<{ identity: string }>>(context.sandbox, 'norte', 'conversation-cases')).map((seeded) => seeded.identity));
    const listed = Object.keys(rows).filter((identity) => !conversationContacts.has(identity));
    expect(listed.sort()).toEqual(cases.filter((seeded) => seeded.listed).map((seeded) => seeded.identity).sort());
    // The demo data shows every value of the spec's columns.
    const values = Object.values(rows);
    expect(values.some((row) => row.name === '(Sin nombre)')).toBe(true);
    expect(new Set(values.map((row) => row.callback))).toEqual(new Set(['Sí', 'No']));
    expect(new Set(values.map((row) => row.sent))).toEqual(new Set(['Sí', 'No']));
    const labels = await page.$eval('[data-testid="after-hours-row"]', (row) => [...row.querySelectorAll('dt')].map((term) => term.textContent));
    expect(labels).toEqual(['Fecha del contacto', 'Contacto', '¿Solicitó retorno?', '¿Mensaje enviado?']);
  });

  it('opens again from what it keeps, reading only the threads that changed: a new after-hours customer, and a template sent from elsewhere', async () => {
    const { sandbox } = context;
    const norte = sandbox.store.bots.get('norte')!;
    // The next panel opens at Conversas, so its list is read when the test opens it.
    const before = await context.session.open('sidepanel');
    await showConversas(before);
    await before.close();
    // That panel may have opened at this list and started reading it: let it finish before the data changes.
    await settle(() => sandbox.requests.after(0, 'norte').length, 750);
    const cases = await sandboxState<Case[]>(sandbox, 'norte', 'after-hours-cases');
    const answered = cases.find((seeded) => seeded.label === 'sunday-morning')!;
    const newcomer = norte.contacts.find((contact) => contact.name && !norte.threads.has(contact.identity))!;
    // The customer wrote on Sunday (closed), the bot answered just now; elsewhere (Desk, another
    // agent) someone sent an active message to a listed customer.
    const sunday = lastWeekdayAt(Date.now(), 0, '10:00', 'America/Mexico_City');
    norte.threads.set(newcomer.identity, [
      { id: 'later-in', direction: 'received', type: 'text/plain', content: '¿Siguen abiertos?', date: new Date(sunday).toISOString() },
      { id: 'later-bot', direction: 'sent', type: 'text/plain', content: 'Le respondemos en horario.', date: new Date().toISOString() },
    ]);
    newcomer.lastMessageDate = new Date(sunday).toISOString();
    norte.threads.get(answered.identity)!.push({ id: 'elsewhere', direction: 'sent', type: 'application/json', content: { type: 'template', template: { name: 'retomar_conversacion' } }, date: new Date().toISOString() });

    const page = await context.session.open('sidepanel');
    await page.waitForSelector('.number-selector select');
    await page.select('.number-selector select', context.ids.norte!);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const mark = sandbox.requests.mark();
    await page.click('#tab-fuera-horario');
    await page.waitForSelector(`[data-identity="${newcomer.identity}"]`, { timeout: 20_000 });
    await page.waitForFunction((identity) => document.querySelector(`[data-identity="${identity}"] [data-field="sent"] .pill`)?.textContent === 'Sí', {}, answered.identity);
    const calls = sandbox.requests.after(mark, 'norte').map((request) => request.uri);
    // The recent threads, the changed customers' details, and the two changed threads.
    expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(5);
    expect(calls.filter((uri) => uri?.startsWith('/threads/'))).toHaveLength(2);
    await page.close();
  });

  it('shows N/D when the bot does not offer the callback option', async () => {
    const page = await context.session.open('sidepanel');
    await openSection(page, context.ids.sul!);
    await page.waitForSelector('[data-testid="after-hours-row"]');
    const callbacks = await page.$$eval('[data-testid="after-hours-row"] [data-field="callback"] dd .pill', (cells) => [...new Set(cells.map((cell) => cell.textContent))]);
    expect(callbacks).toEqual(['N/D']);
  });

  it('sends an active message from a row once, even on a double click, and the row stays marked sent', async () => {
    const cases = await sandboxState<Case[]>(context.sandbox, 'norte', 'after-hours-cases');
    const target = cases.find((seeded) => seeded.label === 'friday-night')!;
    const page = await context.session.open('sidepanel');
    await openSection(page, context.ids.norte!);
    await page.waitForSelector(`[data-identity="${target.identity}"]`);
    await page.click(`[data-identity="${target.identity}"] button`);
    await page.waitForSelector('dialog[open] [data-testid="template-sender"] select');
    const options = await page.$$eval('dialog[open] select option', (nodes) => nodes.map((node) => node.textContent));
    expect(options).toEqual(['Elija un template aprobado', 'retomar_conversacion (es_MX)', 'confirmacion_pedido (es_MX)', 'envio_con_guia (es_MX)', 'factura_pdf (es_MX)']);
    await page.select('dialog[open] select', 'retomar_conversacion|es_MX');
    await clickButton(page, 'Enviar mensaje', 'dialog[open]');
    await waitForText(page, 'Complete esta variable.', 'dialog[open]');
    await page.type('#template-body-1', target.name ?? 'Cliente');
    await page.type('#template-body-2', 'Tienda Norte');
    await waitForText(page, `Hola ${target.name ?? 'Cliente'}, le escribimos de Tienda Norte`, 'dialog[open] figure');
    await page.$eval('dialog[open] button.primary', (button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
    });
    await waitForText(page, 'Mensaje enviado.', 'dialog[open]');
    await page.waitForSelector('dialog[open] [data-testid="template-result"] [data-delivery]');
    const sent = (await sandboxState<Array<{ to: string; content: { template: { name: string } } }>>(context.sandbox, 'norte', 'messages')).filter((message) => message.to === target.identity);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.content.template.name).toBe('retomar_conversacion');
    await page.click('dialog[open] header button');
    await page.waitForFunction((identity) => document.querySelector(`[data-identity="${identity}"] [data-field="sent"] dd .pill`)?.textContent === 'Sí', {}, target.identity);

    await expect.poll(async () => (await sandboxState<{ extras?: Record<string, string> }>(context.sandbox, 'norte', `contacts/${encodeURIComponent(target.identity)}`)).extras?.['asistencia.mensajeActivoEnviado'], { timeout: 20_000 }).toBeTruthy();
    await page.close();
    const reopened = await context.session.open('sidepanel');
    await reopened.click('#tab-fuera-horario');
    // Read again from Blip: the row is sent, with what WhatsApp made of the message
    // (as it stood when the list was read: sent, delivered or read, and not refused).
    await reopened.waitForFunction((identity) => document.querySelector(`[data-identity="${identity}"] [data-field="sent"] dd .pill`)?.textContent === 'Sí', {}, target.identity);
    // It opens from what the list kept (marked sent here at once); the delivery comes with the thread's reading.
    const badge = await reopened.waitForSelector(`[data-identity="${target.identity}"] [data-field="sent"] [data-delivery]`);
    const delivery = await badge!.evaluate((node) => node.getAttribute('data-delivery'));
    expect(['pending', 'sent', 'delivered', 'read']).toContain(delivery);
  });

  it('asks for business hours where Desk has none, then lists by them', async () => {
    const cases = await sandboxState<Case[]>(context.sandbox, 'andes', 'after-hours-cases');
    const page = await context.session.open('sidepanel');
    await openSection(page, context.ids.andes!);
    await waitForText(page, 'Este número no tiene horario de atención en el Blip Desk.');
    await page.select('form.business-hours select', 'America/Bogota');
    await clickButton(page, 'Guardar horario');
    await page.waitForSelector(`[data-identity="${cases[0]!.identity}"]`);
    await waitForText(page, 'definido en la extensión (America/Bogota)');
  });
});
