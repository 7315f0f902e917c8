import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/chromium';
import { clearFaults, connectSandboxNumbers, freshSandbox, sandboxState, setFault } from './harness/sandbox';
import { readTable } from './harness/idb';
import { useTimings } from './harness/timings';
import type { Landing } from '../../sandbox/landings';

const BOTS = ['norte', 'sul', 'andes'] as const;
type Bot = (typeof BOTS)[number];
const ABSENCE_URI = '/resources/asistencia.absence';

/** A write the test made: its id (texts and templates) or its absence message, in the order made. */
interface Made {
  bot: Bot;
  kind: 'text' | 'template' | 'absence';
  /** Ordering entity: the contact, or the number's absence. */
  entity: string;
  /** Envelope id (texts, templates); absence writes are told apart by their message. */
  id?: string;
  message?: string;
}

/**
 * The outbox under torture: 50 writes of three kinds across three numbers while the sandbox fails in
 * five ways and recovers, the worker is stopped twice (once with a write on the wire) and the browser
 * is restarted. The sandbox logs every write that reaches it, repeats included, so a write sent twice
 * shows even though the sandbox answers a repeated id without applying it.
 */
describe('outbox torture', () => {
  let sandbox: Awaited<ReturnType<typeof freshSandbox>>;
  let session: ExtensionSession;
  let profile: string;
  let ids: Record<string, string>;
  const made: Made[] = [];
  let count = 0;

  beforeAll(async () => {
    sandbox = await freshSandbox();
    profile = await mkdtemp(path.join(tmpdir(), 'asistencia-torture-'));
    session = await launchExtension({ userDataDir: profile });
    // Kept in the profile across the restart: the product's logic with shorter waits (harness/timings.ts).
    await useTimings(session);
    ids = await connectSandboxNumbers(session, sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const contact = (bot: Bot, index: number) => sandbox.store.bots.get(bot)!.contacts[index]!.identity;

  async function text(bot: Bot, to: number) {
    const id = crypto.randomUUID();
    const identity = contact(bot, to);
    made.push({ bot, kind: 'text', entity: identity, id });
    await session.rpc('conversation.sendText', { installationId: ids[bot], identity, text: `texto ${++count}`, requestId: id });
  }

  async function absence(bot: Bot, enabled: boolean) {
    const message = `Ausencia ${++count}`;
    made.push({ bot, kind: 'absence', entity: 'absence', message });
    await session.rpc('absence.save', { installationId: ids[bot], setting: { enabled, message, suggestedContact: null } });
  }

  /** A template send answers after its first attempt; it only has to be queued before the next write to that contact. */
  async function template(bot: Bot, to: number) {
    const id = crypto.randomUUID();
    const identity = contact(bot, to);
    made.push({ bot, kind: 'template', entity: identity, id });
    const sent = session.rpc('templates.send', { installationId: ids[bot], phone: '+5215512345678', identity, ...TEMPLATE[bot], values: TEMPLATE[bot].values(++count), requestId: id });
    sent.catch(() => undefined);
    await waitFor(async () => (await queuedOrDelivered()).has(id), 'the template queued');
  }

  async function queuedOrDelivered(): Promise<Set<string>> {
    const page = await optionsPage();
    const [queued, delivered] = await Promise.all([readTable<{ id: string }>(page, 'outbox'), readTable<{ id: string }>(page, 'deliveredWrites')]);
    return new Set([...queued, ...delivered].map((row) => row.id));
  }

  let page: Awaited<ReturnType<ExtensionSession['open']>> | undefined;
  async function optionsPage() {
    if (!page || page.isClosed()) page = await session.open('options');
    return page;
  }

  async function landings(bot: Bot): Promise<Landing[]> {
    return sandboxState<Landing[]>(sandbox, bot, 'landings');
  }

  /** The queued writes, for a failure's message. */
  async function outboxNow() {
    return (await readTable<{ installationId: string; kind: string; status: string; attempts: number; lastError?: unknown; nextAttemptAt: number }>(await optionsPage(), 'outbox')).map(
      ({ installationId, kind, status, attempts, lastError, nextAttemptAt }) => ({ bot: Object.keys(ids).find((bot) => ids[bot] === installationId), kind, status, attempts, lastError, dueIn: nextAttemptAt - Date.now() }),
    );
  }

  async function restartBrowser() {
    page = undefined;
    await session.close();
    session = await launchExtension({ userDataDir: profile });
  }

  it('delivers 50 mixed writes exactly once each, in per-entity order, through failures, two worker kills and a browser restart', async () => {
    const started = Date.now();
    // Healthy.
    await text('norte', 0);
    await text('norte', 0);
    await text('sul', 0);
    await absence('norte', true);
    await template('sul', 1);
    await text('andes', 0);
    await absence('andes', true);
    await text('norte', 1);

    // Tienda Norte answers 500, Loja Sul drops connections.
    await setFault(sandbox, { kind: 'http500', bot: 'norte' });
    await setFault(sandbox, { kind: 'refused', bot: 'sul' });
    await text('norte', 0);
    await text('norte', 0);
    await absence('norte', false);
    await text('sul', 0);
    await text('sul', 1);
    await template('norte', 1);
    await text('andes', 1);
    await absence('sul', true);
    await text('sul', 1);
    await absence('norte', true);

    // First kill: the worker is stopped between deliveries.
    await session.stopWorker();
    await text('norte', 1);
    await text('sul', 0);
    await absence('sul', false);
    await text('andes', 0);
    await text('andes', 0);
    await template('andes', 0);
    await text('norte', 0);
    await absence('andes', false);

    // Second kill, with a write on the wire: once Clínica Andes has taken everything so far, it carries
    // out the next absence write, then its reply stalls.
    await waitFor(async () => !(await outboxNow()).some((row) => row.bot === 'andes'), 'Clínica Andes to take its writes', 60_000, undefined, outboxNow);
    await setFault(sandbox, { kind: 'stall-body', bot: 'andes', delayMs: 60_000 });
    const before = (await landings('andes')).filter((landing) => landing.uri === ABSENCE_URI).length;
    await absence('andes', true);
    await waitFor(async () => (await landings('andes')).filter((landing) => landing.uri === ABSENCE_URI).length > before, 'the absence write reaching Clínica Andes', 60_000, undefined, outboxNow);
    await session.stopWorker();

    // Norte recovers; Sul turns slow (longer than the timeout, shorter than Blip's answer window); Andes still stalls.
    await clearFaults(sandbox, 'norte');
    await setFault(sandbox, { kind: 'slow', bot: 'sul', delayMs: 10_000 });
    await text('sul', 1);
    await template('sul', 0);
    await absence('norte', false);
    await text('norte', 1);
    await text('andes', 0);
    await absence('andes', false);
    await text('norte', 0);
    await text('sul', 0);

    // The browser restarts with writes still queued.
    const queuedAtRestart = (await outboxNow()).length;
    expect(queuedAtRestart).toBeGreaterThan(0);
    await restartBrowser();
    await setFault(sandbox, { kind: 'http429', bot: 'norte', retryAfterSeconds: 3 });
    await setFault(sandbox, { kind: 'lime-failure', bot: 'andes' });
    await text('norte', 0);
    await text('andes', 1);
    await absence('norte', true);
    await text('sul', 1);
    await text('andes', 1);
    await template('norte', 0);
    await text('sul', 0);
    await absence('sul', true);
    await text('norte', 1);
    await text('andes', 0);
    await text('sul', 1);
    await absence('andes', true);
    await text('norte', 1);
    await text('sul', 0);
    await text('norte', 0);
    expect(made).toHaveLength(50);

    // Blip recovers; the agent presses "Reintentar" on what was refused.
    await clearFaults(sandbox);
    await session.rpc('outbox.retry', {});
    await waitFor(async () => (await readTable(await optionsPage(), 'outbox')).length === 0, 'the outbox to empty', 180_000, () => session.rpc('outbox.retry', {}), outboxNow);

    const report = await tally(made);
    console.log(`writes: ${made.length} made, ${report.delivered} delivered, ${report.duplicated} duplicated, ${report.lost} lost, ${report.reordered} reordered`);
    console.log(`  (${queuedAtRestart} queued at the browser restart; absence: ${report.absenceSent} sent, ${report.absenceReplaced} replaced by a newer setting before they went; ${Math.round((Date.now() - started) / 1000)} s)`);
    expect(report).toMatchObject({ delivered: 50, duplicated: 0, lost: 0, reordered: 0 });
  }, 420_000);

  /** What the sandbox holds against what was made. */
  async function tally(writes: Made[]) {
    let delivered = 0;
    let duplicated = 0;
    let reordered = 0;
    let absenceSent = 0;
    let absenceReplaced = 0;
    for (const bot of BOTS) {
      const mine = writes.filter((write) => write.bot === bot);
      const arrived = (await sandboxState<Array<{ id: string }>>(sandbox, bot, 'messages')).map((message) => message.id);
      const landed = await landings(bot);
      const timesLanded = (id: string) => landed.filter((landing) => landing.id === id).length;
      for (const write of mine.filter((candidate) => candidate.id)) {
        if (arrived.includes(write.id!)) delivered++;
        duplicated += Math.max(0, timesLanded(write.id!) - 1);
      }
      for (const entity of new Set(mine.filter((write) => write.id).map((write) => write.entity))) {
        const order = mine.filter((write) => write.entity === entity && write.id).map((write) => write.id!);
        reordered += inversions(order, arrived.filter((id) => order.includes(id)));
      }
      // Absence: each setting sent is applied in the order made, and the last one is what the bot holds.
      const settings = mine.filter((write) => write.kind === 'absence').map((write) => write.message!);
      const writesSeen = await sandboxState<Array<{ id: string; uri: string; resource: { message: string } }>>(sandbox, bot, 'writes');
      const sent = writesSeen.filter((write) => write.uri === ABSENCE_URI && settings.includes(write.resource.message));
      for (const write of sent) duplicated += Math.max(0, timesLanded(write.id) - 1);
      reordered += inversions(settings, sent.map((write) => write.resource.message));
      const final = (await (await fetch(`${sandbox.url}/_sandbox/bots/${bot}/resources/asistencia.absence`)).json()) as { value: { message: string } };
      if (settings.length && final.value.message === settings.at(-1)) {
        absenceSent += sent.length;
        absenceReplaced += settings.length - sent.length;
        delivered += settings.length;
      }
    }
    return { delivered, duplicated, lost: writes.length - delivered, reordered, absenceSent, absenceReplaced };
  }
});

/** Values for each number's approved template (sandbox/data/templates.ts). */
const TEMPLATE: Record<Bot, { templateName: string; language: string; values: (n: number) => Record<string, string> }> = {
  norte: { templateName: 'retomar_conversacion', language: 'es_MX', values: (n) => ({ 'body.1': `Cliente ${n}`, 'body.2': 'Tienda Norte' }) },
  sul: { templateName: 'retomar_conversa', language: 'pt_BR', values: (n) => ({ 'body.1': `Cliente ${n}`, 'body.2': 'Loja Sul' }) },
  andes: { templateName: 'retomar_conversacion', language: 'es_MX', values: (n) => ({ 'body.1': `Paciente ${n}`, 'body.2': 'Clínica Andes' }) },
};

/** Pairs of `seen` in the opposite order to `expected` (0 when `seen` keeps the order). */
function inversions(expected: string[], seen: string[]): number {
  let count = 0;
  for (let a = 0; a < seen.length; a++) {
    for (let b = a + 1; b < seen.length; b++) if (expected.indexOf(seen[a]!) > expected.indexOf(seen[b]!)) count++;
  }
  return count;
}

/** Polls `check` until it holds; `nudge` runs every ten seconds meanwhile; `explain` says what was there on a time-out. */
async function waitFor(check: () => Promise<boolean>, what: string, timeout = 60_000, nudge?: () => Promise<unknown>, explain?: () => Promise<unknown>): Promise<void> {
  const until = Date.now() + timeout;
  let nudged = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}${explain ? `: ${JSON.stringify(await explain().catch(String))}` : ''}`);
    if (nudge && Date.now() - nudged > 10_000) {
      nudged = Date.now();
      await nudge().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
