import { describe, expect, it } from 'vitest';
import { clearFaults, sandboxState, setFault } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { waitForText } from './harness/ui';

interface Write {
  id: string;
  method: string;
  uri: string;
  resource: { enabled: boolean; message: string };
}

/** A write made while Blip fails is kept, shown as pending, and delivered exactly once after recovery. */
describe('outbox', () => {
  const context = useConnectedExtension();

  it('delivers a write once after the sandbox recovers, even with the worker stopped in between', async () => {
    const { session, sandbox, ids } = context;
    await setFault(sandbox, { kind: 'http500', bot: 'norte' });
    await session.rpc('absence.save', { installationId: ids.norte, setting: { enabled: true, message: 'Estoy de vacaciones hasta el lunes 🌴', suggestedContact: null } });

    const panel = await session.open('sidepanel');
    await waitForText(panel, '1 cambio pendiente de envío', '[data-testid="outbox-status"]');
    await waitForText(panel, 'Ausencia activa en Tienda Norte', '[data-testid="absence-banner"]');
    await panel.close();

    await session.stopWorker();
    await clearFaults(sandbox);

    const reopened = await session.open('sidepanel');
    const absenceWrites = async () => (await sandboxState<Write[]>(sandbox, 'norte', 'writes')).filter((write) => write.uri === '/resources/asistencia.absence');
    await expect.poll(async () => (await absenceWrites()).length, { timeout: 60_000 }).toBe(1);
    await reopened.waitForFunction(() => !document.querySelector('[data-testid="outbox-status"]'), { timeout: 10_000 });
    expect(await absenceWrites()).toHaveLength(1);
    expect((await absenceWrites())[0]!.resource).toMatchObject({ enabled: true, message: 'Estoy de vacaciones hasta el lunes 🌴' });
    await waitForText(reopened, 'Ausencia activa en Tienda Norte', '[data-testid="absence-banner"]');
  }, 90_000);

  it('keeps a refused write visible as failed and lets the user discard it', async () => {
    const { session, sandbox, ids } = context;
    await setFault(sandbox, { kind: 'lime-failure', bot: 'sul' });
    await session.rpc('absence.save', { installationId: ids.sul, setting: { enabled: true, message: 'Volvemos pronto', suggestedContact: null } });
    const panel = await session.open('sidepanel');
    await waitForText(panel, '1 cambio no se pudo enviar', '[data-testid="outbox-status"]');
    await clearFaults(sandbox);
    await panel.click('[data-testid="outbox-status"] button[aria-expanded]');
    await waitForText(panel, 'Blip rechazó la operación (código 61)', '[data-testid="outbox-status"]');
    await panel.evaluate(() => ([...document.querySelectorAll('[data-testid="outbox-status"] button')].find((button) => button.textContent === 'Descartar') as HTMLButtonElement).click());
    await panel.waitForFunction(() => !document.querySelector('[data-testid="outbox-status"]'));
    expect(await sandboxState<Write[]>(sandbox, 'sul', 'writes')).toEqual([]);
  }, 60_000);
});
