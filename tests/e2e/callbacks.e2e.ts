import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { startXvfb } from './harness/xvfb';
import { clickButton, waitForText } from './harness/ui';
import { customerWrites, sandboxState } from './harness/sandbox';
import { advanceSandboxClock, setNumberHours } from './harness/hours';
import { acceptPermissionPrompt, advanceWorkerClock, backgroundWorker, clickNotification, fireAlarm, fireAlarmUntil, shownNotifications } from './harness/notifications';
import { FLOWS, deskBlock } from '../../sandbox/builder/flows';

/** The background's call-back alarm (lib/background/callbacks/callbacks-jobs.ts). */
const CALLBACKS_ALARM = 'callbacks-due';
const MINUTE = 60_000;
const STATE = `stateid@${FLOWS.andes!.flowId}`;

interface Row {
  identity: string;
  name: string;
}
interface Schedule {
  when: string;
  status: string;
  message: { id: string; to: string; content: { type: string; template: { name: string } } };
}

/** Schedules the row's active message for the opening, from its "Enviar al abrir". */
async function scheduleAtOpening(page: Page, row: Row): Promise<void> {
  await clickButton(page, `Enviar al abrir un mensaje activo a ${row.name}`);
  await page.waitForSelector('dialog[open] [data-testid="template-sender"] select');
  await page.select('dialog[open] select', 'retomar_conversacion|es_MX');
  await page.type('#template-body-1', row.name);
  await page.type('#template-body-2', 'Clínica Andes');
  await page.click('dialog[open] button.primary');
  await waitForText(page, 'Programado: Blip lo envía', 'dialog[open]');
  await page.click('dialog[open] header button');
}

/**
 * Call-backs that do not slip, in a real Chromium window on Xvfb (the notification permission and
 * popup are the browser's): a reminder fires at its time (the background's clock moved on) and opens
 * the contact; a message scheduled for the opening waits on the sandbox's scheduler and leaves when the
 * sandbox's clock reaches the opening, its answer reaching Desk; a cancelled one never leaves.
 */
describe('call-backs of after-hours contacts', () => {
  let xvfb: Awaited<ReturnType<typeof startXvfb>>;
  beforeAll(async () => {
    xvfb = await startXvfb();
  });
  afterAll(() => xvfb?.stop());
  const context = useConnectedExtension({ display: () => xvfb.display });
  let page: Page;
  let rows: Row[];
  let opensAt: number;
  let workerOffset = 0;
  const moveWorkerClock = async (ms: number) => {
    workerOffset += ms;
    await advanceWorkerClock(await backgroundWorker(context.session), ms);
  };

  beforeAll(async () => {
    // Clínica Andes closed now, opening in three hours (hours kept in the extension: its Desk has none).
    opensAt = (await setNumberHours(context.session, context.ids.andes!, 'America/Bogota', { opensInHours: 3 }))!;
    page = await context.session.open('sidepanel');
    await page.waitForSelector('.number-selector select');
    await page.select('.number-selector select', context.ids.andes!);
    await page.click('#tab-fuera-horario');
    await page.waitForSelector('[data-testid="after-hours-row"] [data-testid="row-callbacks"]');
    rows = await page.$$eval('[data-testid="after-hours-row"]', (cards) => cards.slice(0, 3).map((card) => ({ identity: card.getAttribute('data-identity')!, name: card.querySelector('.card-title')!.textContent! })));
    expect(rows).toHaveLength(3);
  });

  it('reminds the agent in an hour with a notification that opens the contact', async () => {
    const [row] = rows;
    await clickButton(page, `Recordarme llamar a ${row!.name}`);
    await page.waitForSelector('dialog[open] input[value="hour"]');
    await page.click('dialog[open] input[value="hour"]');
    await clickButton(page, 'Guardar recordatorio', 'dialog[open]');
    await acceptPermissionPrompt(page, xvfb.display);
    await page.waitForSelector(`[data-identity="${row!.identity}"] [data-testid="reminder-chip"]`);

    await fireAlarm(page, CALLBACKS_ALARM);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await shownNotifications(page)).toEqual([]);

    await moveWorkerClock(61 * MINUTE);
    await fireAlarmUntil(page, CALLBACKS_ALARM, async () => (await shownNotifications(page)).length === 1);
    expect((await shownNotifications(page))[0]).toMatch(/^reminder:/);
    await page.waitForSelector(`[data-identity="${row!.identity}"] [data-testid="reminder-due"]`);

    const panels = () => context.session.browser.targets().filter((target) => target.url().endsWith('/sidepanel.html') && target !== page.target());
    await clickNotification(xvfb.display, async () => panels().length === 1);
    const panel = await panels()[0]!.asPage();
    await waitForText(panel!, row!.name, '.contact-header');
    // Clicked: done, on the row too.
    await page.click('#tab-fuera-horario');
    await page.waitForSelector(`[data-identity="${row!.identity}"] [data-testid="row-callbacks"]`);
    expect(await page.$(`[data-identity="${row!.identity}"] [data-testid="reminder-due"]`)).toBeNull();
  });

  it('leaves a scheduled message with Blip until the opening, routes its answer to Desk, and never sends a cancelled one', async () => {
    const [, kept, cancelled] = rows as [Row, Row, Row];
    // The clicked reminder took this tab to the contact as well: back to the list.
    await page.click('#tab-fuera-horario');
    await page.waitForSelector(`[data-identity="${kept.identity}"] [data-testid="row-callbacks"]`);
    const before = await sandboxState<Record<string, string>>(context.sandbox, 'andes', `contexts/${encodeURIComponent(cancelled.identity)}`);
    await scheduleAtOpening(page, kept);
    await scheduleAtOpening(page, cancelled);
    await page.waitForSelector(`[data-identity="${cancelled.identity}"] [data-testid="scheduled-chip"]`);

    const stored = await sandboxState<Schedule[]>(context.sandbox, 'andes', 'schedules');
    expect(stored.map((schedule) => [schedule.message.to, schedule.status, schedule.when, schedule.message.content.template.name])).toEqual([
      [kept.identity, 'scheduled', new Date(opensAt).toISOString(), 'retomar_conversacion'],
      [cancelled.identity, 'scheduled', new Date(opensAt).toISOString(), 'retomar_conversacion'],
    ]);
    // Its answer must land in Desk even with no browser running when it leaves: the customer waits in the human-service block.
    expect((await sandboxState<Record<string, string>>(context.sandbox, 'andes', `contexts/${encodeURIComponent(kept.identity)}`))[STATE]).toBe(deskBlock('andes'));

    await clickButton(page, `Cancelar el envío programado para ${cancelled.name}`);
    await waitForText(page, 'Envío cancelado.', `[data-identity="${cancelled.identity}"]`);
    expect((await sandboxState<Schedule[]>(context.sandbox, 'andes', 'schedules')).find((schedule) => schedule.message.to === cancelled.identity)!.status).toBe('canceled');
    expect((await sandboxState<Record<string, string>>(context.sandbox, 'andes', `contexts/${encodeURIComponent(cancelled.identity)}`))[STATE]).toBe(before[STATE]);

    await advanceSandboxClock(context.sandbox, opensAt + MINUTE - Date.now());
    const sent = await sandboxState<Array<{ to: string }>>(context.sandbox, 'andes', 'messages');
    expect(sent.filter((message) => message.to === kept.identity)).toHaveLength(1);
    expect(sent.filter((message) => message.to === cancelled.identity)).toHaveLength(0);
    const answer = await customerWrites(context.sandbox, 'andes', kept.identity, 'Sí, ahora puedo hablar');
    expect(answer.forwardedToDesk).toBe(true);
    // Into the customer's ticket: a new one in the queue, or the one an agent already has open.
    expect(['Waiting', 'Open']).toContain(answer.ticket?.status);

    // The background sees it left, routes again and marks the row sent.
    await moveWorkerClock(opensAt + 2 * MINUTE - Date.now() - workerOffset);
    await fireAlarmUntil(page, CALLBACKS_ALARM, async () => Boolean(await page.$(`[data-identity="${kept.identity}"] [data-testid="scheduled-sent"]`)));
  });
});
