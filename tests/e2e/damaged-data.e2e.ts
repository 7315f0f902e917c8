import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { sandboxState } from './harness/sandbox';
import { waitForText } from './harness/ui';

const SECTIONS = ['conversas', 'contactos', 'fuera-horario', 'historial', 'monitoreo', 'respuestas', 'ausencia'];
const PROBLEMS = { replies: 'asistencia-damaged-null', older: 'asistencia-damaged-old' };

/** Writes records straight into the extension's IndexedDB, as an older version or a damage left them. */
async function writeDamage(page: Page, norteId: string): Promise<void> {
  await page.evaluate(
    async (installationId, ids) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('asistencia-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['installations', 'replyCategories', 'outbox', 'contactPages'], 'readwrite');
      const done = new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const installations = tx.objectStore('installations');
      const get = installations.get(installationId);
      get.onsuccess = () => installations.put({ ...get.result, name: null });
      // A category whose replies are null, and one of an older shape (no position, no fingerprints).
      tx.objectStore('replyCategories').put({ id: ids.replies, name: 'Dañada', position: 0, replies: null, synced: {}, updatedAt: 1 });
      tx.objectStore('replyCategories').put({ id: ids.older, name: 'Antigua', replies: [{ id: 'old-1', title: 'Vieja', text: 'Texto de una versión anterior' }] });
      // A queued absence write whose payload is null (it must never reach the bot as null).
      tx.objectStore('outbox').put({ id: 'damaged-absence', installationId, kind: 'absence.put', payload: null, status: 'failed', attempts: 5, nextAttemptAt: 0, createdAt: 1, lastError: { code: 'server' } });
      // Malformed cached contacts beside the good ones.
      tx.objectStore('contactPages').put({ installationId, page: 99_999, contacts: [null, { identity: 42 }, { identity: '5215500000099@wa.gw.msging.net', name: { html: '<b>x</b>' } }] });
      await done;
      db.close();
    },
    norteId,
    PROBLEMS,
  );
}

describe('damaged saved data', () => {
  const context = useConnectedExtension();

  it('every view still works, says what it left out, repairs from Blip, and search still finds the other contacts', async () => {
    const { session, sandbox, ids } = context;
    const norte = sandbox.store.bots.get('norte')!;
    // The bot holds the category whose local copy gets damaged: the repair takes it from there.
    norte.replies.set(PROBLEMS.replies, { id: PROBLEMS.replies, category: 'Dañada', items: [{ id: 'bot-1', category: 'Dañada', name: 'Del bot', document: 'Copia sana en el bot', type: 'text/plain', isDynamicContent: false }], updatedAt: new Date().toISOString() });
    await session.rpc('absence.save', { installationId: ids.norte, setting: { enabled: true, message: 'Vuelvo el lunes', suggestedContact: null } });
    const panel = await session.open('sidepanel');
    await panel.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 90_000 });
    await writeDamage(panel, ids.norte!);
    // A new worker repairs what it finds when it starts; a fresh panel reads the damage.
    await session.stopWorker();
    await panel.close();
    const view = await session.open('sidepanel');
    const errors: Error[] = [];
    view.on('pageerror', (error) => errors.push(error as Error));

    await waitForText(view, 'Algunos datos guardados no se pudieron leer', '[data-testid="damaged-notice"]');
    for (const section of SECTIONS) {
      await view.click(`#tab-${section}`);
      await view.waitForSelector(`#panel-${section}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await view.$('[data-testid="section-failed"]'), section).toBeNull();
    }
    expect(await view.evaluate(() => document.body.innerText)).not.toMatch(/\bnull\b/);

    // The number without a name takes its bot's name again (Blip's account), never "null".
    await waitForText(view, 'Tienda Norte', '[data-testid="absence-banner"]', 30_000);
    // The older category is shown; the one with null replies comes back from the bot.
    await view.click('#tab-respuestas');
    await waitForText(view, 'Texto de una versión anterior', '.respuestas');
    await waitForText(view, 'Copia sana en el bot', '.respuestas', 30_000);
    const replies = await session.rpc<{ replies: Array<{ text: string }> } | Array<{ text: string }>>('desk.replies', {});
    const texts = (Array.isArray(replies) ? replies : replies.replies).map((reply) => reply.text);
    expect(texts).toEqual(expect.arrayContaining(['Texto de una versión anterior', 'Copia sana en el bot']));

    // The damaged absence write was mended from the local setting and delivered as a setting, never null.
    await session.rpc('outbox.retry', {});
    await view.waitForFunction(() => !document.querySelector('[data-testid="outbox-status"]'), { timeout: 30_000 });
    const writes = await sandboxState<Array<{ uri: string; resource?: unknown }>>(sandbox, 'norte', 'writes');
    const absenceWrites = writes.filter((write) => write.uri.includes('asistencia.absence'));
    expect(absenceWrites.length).toBeGreaterThan(0);
    expect(absenceWrites.every((write) => write.resource !== null && typeof write.resource === 'object')).toBe(true);

    // Search still finds everyone else.
    await view.bringToFront();
    await view.click('#tab-conversas');
    await view.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 60_000 });
    await view.type('#global-search-input', 'maria');
    await view.waitForFunction(() => document.querySelectorAll('.search-result').length > 0, { timeout: 30_000 });
    expect(errors).toEqual([]);
  }, 180_000);
});
