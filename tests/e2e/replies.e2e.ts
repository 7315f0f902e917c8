import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useConnectedExtension } from './harness/setup';
import { clearFaults, sandboxState, setFault } from './harness/sandbox';
import { clickButton, waitForText } from './harness/ui';
import { addReply, categoryCard, createCategory, editReplyText, openReplies, type SandboxReplyCategory } from './harness/replies';
import { repliesFromCsv } from '../../lib/domain/replies-csv';

const BOTS = ['norte', 'sul', 'andes'];

describe('Respuestas listas: one list for every number', () => {
  const context = useConnectedExtension();
  const ours = async (bot: string) => (await sandboxState<SandboxReplyCategory[]>(context.sandbox, bot, 'replies')).filter((category) => category.id.startsWith('asistencia-'));

  it('explains the limits as the user types, and an edit reaches all three numbers, also one that failed meanwhile', async () => {
    const panel = await context.session.open('sidepanel');
    await openReplies(panel);
    // The portal's own category on every number stays out of the module (spec).
    await waitForText(panel, 'Aún no hay categorías', '.respuestas');
    expect(await panel.$$('[data-testid="reply-category"]')).toHaveLength(0);

    await panel.click('details.new-category summary');
    await panel.type('#category-name-new', 'x'.repeat(61));
    await waitForText(panel, 'Máximo 60 caracteres.', 'details.new-category');
    await waitForText(panel, '61/60', 'details.new-category');
    expect(await panel.$eval('details.new-category button[type="submit"]', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    await panel.$eval('#category-name-new', (input) => ((input as HTMLInputElement).value = ''));
    await createCategory(panel, 'Saludos 👋');

    const card = await categoryCard(panel, 'Saludos 👋');
    await clickButton(panel, '+ Nueva respuesta', '[data-testid="reply-category"]');
    await (await card.waitForSelector('input[id^="reply-title-new-"]'))!.type('Un título demasiado largo para Desk');
    await waitForText(panel, 'Máximo 30 caracteres.', '[data-testid="reply-category"]');
    await clickButton(panel, 'Cancelar', '[data-testid="reply-category"] .reply-form');
    await addReply(panel, 'Saludos 👋', 'Bienvenida', 'Hola {{contact.name}}, soy {{agent.fullName}}. ¿En qué le ayudo?');

    for (const bot of BOTS) {
      await expect.poll(async () => (await ours(bot))[0]?.items.map((item) => item.document), { timeout: 20_000 }).toEqual(['Hola {{contact.name}}, soy {{agent.fullName}}. ¿En qué le ayudo?']);
      expect((await ours(bot))[0]!.category).toBe('Saludos 👋');
    }

    await setFault(context.sandbox, { kind: 'http500', bot: 'sul' });
    await editReplyText(panel, 'Bienvenida', '¡Hola, {{contact.name}}! Bienvenido a la tienda.');
    await waitForText(panel, 'Enviando cambios a: Loja Sul', '[data-testid="replies-pending"]');
    for (const bot of ['norte', 'andes']) await expect.poll(async () => (await ours(bot))[0]?.items[0]?.document, { timeout: 20_000 }).toBe('¡Hola, {{contact.name}}! Bienvenido a la tienda.');
    expect((await ours('sul'))[0]!.items[0]!.document).toBe('Hola {{contact.name}}, soy {{agent.fullName}}. ¿En qué le ayudo?');

    await clearFaults(context.sandbox);
    await expect.poll(async () => (await ours('sul'))[0]?.items[0]?.document, { timeout: 60_000 }).toBe('¡Hola, {{contact.name}}! Bienvenido a la tienda.');
    await panel.waitForFunction(() => !document.querySelector('[data-testid="replies-pending"]'), { timeout: 20_000 });
    await panel.close();
  }, 120_000);

  it('never overwrites a change made elsewhere: shows both versions and lets the user choose', async () => {
    const panel = await context.session.open('sidepanel');
    await openReplies(panel);
    await createCategory(panel, 'Pagos');
    await addReply(panel, 'Pagos', 'Pix', 'Chave Pix: 123');
    await expect.poll(async () => (await ours('norte')).find((category) => category.category === 'Pagos')?.items.length, { timeout: 20_000 }).toBe(1);

    // A colleague changes the reply on Tienda Norte (straight on the bot, as another client would).
    const norte = context.sandbox.store.bots.get('norte')!;
    const theirs = [...norte.replies.values()].find((category) => category.category === 'Pagos')!;
    theirs.items[0]!.document = 'Chave Pix: 999 (nova)';

    await editReplyText(panel, 'Pix', 'Chave Pix: 456');

    const notice = await waitForText(panel, 'cambió en Tienda Norte mientras usted la editaba', '[data-testid="reply-conflict"]', 30_000);
    expect(notice).toContain('Chave Pix: 456');
    expect(notice).toContain('Chave Pix: 999 (nova)');
    expect(norte.replies.get(theirs.id)!.items[0]!.document).toBe('Chave Pix: 999 (nova)');

    await clickButton(panel, 'Usar la de Tienda Norte', '[data-testid="reply-conflict"]');
    await panel.waitForFunction(() => !document.querySelector('[data-testid="reply-conflict"]'));
    await waitForText(panel, 'Chave Pix: 999 (nova)', '[data-testid="reply-item"]');
    for (const bot of BOTS) await expect.poll(async () => (await ours(bot)).find((category) => category.category === 'Pagos')?.items[0]?.document, { timeout: 30_000 }).toBe('Chave Pix: 999 (nova)');
    await panel.close();
  }, 120_000);

  it('exports CSV and imports it back without loss; a bad file names its rows and imports nothing', async () => {
    const panel = await context.session.open('sidepanel');
    await openReplies(panel);
    await createCategory(panel, 'Envíos, "express"');
    await addReply(panel, 'Envíos, "express"', 'Plazo', 'Llega en 24 h.\nSegunda línea; con "comillas" y ñ 🚚');

    const downloads = mkdtempSync(path.join(tmpdir(), 'replies-csv-'));
    const cdp = await panel.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await clickButton(panel, 'Exportar CSV');
    // The download is complete once the file holds the last row.
    const exportedCsv = () => readdirSync(downloads).filter((file) => file.endsWith('.csv')).map((file) => readFileSync(path.join(downloads, file), 'utf8'))[0] ?? '';
    await expect.poll(() => exportedCsv().includes('🚚'), { timeout: 10_000 }).toBe(true);
    const csv = exportedCsv();
    const exported = repliesFromCsv(csv);
    expect(exported.errors).toEqual([]);
    const shown = exported.groups.find((group) => group.name === 'Envíos, "express"');
    expect(shown?.replies).toEqual([{ title: 'Plazo', text: 'Llega en 24 h.\nSegunda línea; con "comillas" y ñ 🚚' }]);

    // Delete the category everywhere, then bring it back from the file.
    await clickButton(panel, 'Eliminar «Envíos, "express"»');
    await clickButton(panel, 'Eliminar', 'dialog[open]');
    await panel.waitForFunction(() => ![...document.querySelectorAll('.reply-category h3')].some((heading) => heading.textContent?.startsWith('Envíos')));
    for (const bot of BOTS) await expect.poll(async () => (await ours(bot)).some((category) => category.category.startsWith('Envíos')), { timeout: 20_000 }).toBe(false);

    const bad = path.join(downloads, 'bad.csv');
    writeFileSync(bad, `category,title,text\nNueva,Ok,texto\n,Sin categoría,texto\nNueva,${'t'.repeat(31)},texto\n`);
    const input = await panel.$('[data-testid="replies-import"]');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(bad);
    const errors = await waitForText(panel, 'no se importó nada', '[data-testid="csv-errors"]');
    expect(errors).toContain('fila 3: falta la categoría.');
    expect(errors).toContain('fila 4: el título supera 30 caracteres.');
    expect(await panel.$$eval('.reply-category h3', (headings) => headings.some((heading) => heading.textContent?.startsWith('Nueva')))).toBe(false);

    const good = path.join(downloads, 'good.csv');
    writeFileSync(good, csv);
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(good);
    await waitForText(panel, 'Importadas', '.csv-tools');
    await waitForText(panel, 'Segunda línea; con "comillas" y ñ 🚚', '[data-testid="reply-item"]');
    for (const bot of BOTS) {
      await expect
        .poll(async () => (await ours(bot)).find((category) => category.category === 'Envíos, "express"')?.items.map((item) => [item.name, item.document]), { timeout: 20_000 })
        .toEqual([['Plazo', 'Llega en 24 h.\nSegunda línea; con "comillas" y ñ 🚚']]);
    }
    await panel.close();
  }, 120_000);
});
