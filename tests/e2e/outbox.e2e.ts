import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/chromium';
import { clearFaults, connectSandboxNumbers, freshSandbox, sandboxState, setFault } from './harness/sandbox';
import { waitForText } from './harness/ui';

interface Write {
  id: string;
  method: string;
  uri: string;
  resource: { enabled: boolean; message: string };
}

/** A write made while Blip fails is kept, shown as pending, and delivered exactly once after recovery. */
describe('outbox', () => {
  let session: ExtensionSession;
  let sandbox: Awaited<ReturnType<typeof freshSandbox>>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    sandbox = await freshSandbox();
    session = await launchExtension();
    ids = await connectSandboxNumbers(session, sandbox);
  });
  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('delivers a write once after the sandbox recovers, even with the worker stopped in between', async () => {
    await setFault(sandbox, { kind: 'http500', bot: 'norte' });
    await session.rpc('absence.save', { installationId: ids.norte, setting: { enabled: true, message: 'Estoy de vacaciones hasta el lunes 🌴', suggestedContact: null } });

    const panel = await session.open('sidepanel');
    await waitForText(panel, '1 cambio pendiente de envío', '[data-testid="outbox-status"]');
    await waitForText(panel, 'Ausencia activa en Tienda Norte', '[data-testid="absence-banner"]');
    await panel.close();

    await session.stopWorker();
    await clearFaults(sandbox);

    const reopened = await session.open('sidepanel');
    await reopened.waitForFunction(() => !document.querySelector('[data-testid="outbox-status"]'), { timeout: 60_000 });
    const writes = await sandboxState<Write[]>(sandbox, 'norte', 'writes');
    const absenceWrites = writes.filter((write) => write.uri === '/resources/asistencia.absence');
    expect(absenceWrites).toHaveLength(1);
    expect(absenceWrites[0]!.resource).toMatchObject({ enabled: true, message: 'Estoy de vacaciones hasta el lunes 🌴' });
    await waitForText(reopened, 'Ausencia activa en Tienda Norte', '[data-testid="absence-banner"]');
  }, 90_000);

  it('keeps a refused write visible as failed and lets the user discard it', async () => {
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
