import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { clearFaults, sandboxState, setFault } from './harness/sandbox';
import { readTable } from './harness/idb';
import { useTimings } from './harness/timings';
import { waitForText } from './harness/ui';
import { applyLanguageSetting } from '../../lib/i18n/i18n';
import { errorMessage, outboxErrorMessage } from '../../lib/i18n/error-message';
import type { OutboxItem } from '../../lib/domain/outbox-item';
import type { Fault } from '../../sandbox/faults';
import type { Landing } from '../../sandbox/landings';
import { conversationCases } from '../../sandbox/data/conversation-states';

/** Each fault, switched on for every number, and the words the user must be given for it. */
const FAULTS: Array<{ name: string; fault: Omit<Fault, 'bot'>; says: string }> = [
  { name: '500', fault: { kind: 'http500' }, says: 'Blip tuvo un error interno (HTTP 500).' },
  { name: '429 + Retry-After', fault: { kind: 'http429', retryAfterSeconds: 30 }, says: 'Blip limitó las solicitudes.' },
  { name: 'slow', fault: { kind: 'slow', delayMs: 10_000 }, says: 'Blip no respondió a tiempo.' },
  { name: 'stalled body', fault: { kind: 'stall-body', delayMs: 60_000 }, says: 'Blip empezó a responder pero la respuesta se detuvo' },
  { name: 'LIME failure', fault: { kind: 'lime-failure' }, says: 'Blip rechazó la operación (código 61)' },
  { name: 'malformed', fault: { kind: 'malformed' }, says: 'Respuesta inesperada del servidor.' },
  { name: 'connection refused', fault: { kind: 'refused' }, says: 'No se pudo conectar con el host.' },
];

/** One user flow: what the user is told while Blip fails (nothing when the flow went through), then the retry after recovery. */
interface Flow {
  name: string;
  during(round: number): Promise<string | undefined>;
  /** Retries as the user would; throws when it does not work or something was lost or doubled. */
  recover(round: number): Promise<void>;
}

/**
 * The fault matrix: every fault the sandbox can inject × every flow that talks to Blip. Per fault,
 * all flows run at once (on the three numbers) while every number fails, then again after recovery;
 * a case survives when the user was told the fault's own message (or the flow went through), the
 * retry worked and nothing was lost or sent twice. The sync/search and text flows also check the
 * words on screen, in the side panel.
 */
describe('fault matrix', () => {
  const context = useConnectedExtension();
  let panel: Page;
  let categoryId: string;
  const rpc = <T = unknown>(name: string, input?: unknown) => context.session.rpc<T>(name, input);
  const id = (bot: string) => context.ids[bot]!;
  const contactOf = (bot: string, index: number) => context.sandbox.store.bots.get(bot)!.contacts[index]!;
  /** The `index`-th contact of a number that has a plain name (letters and spaces), to type into search. */
  const namedContact = (bot: string, index: number) => context.sandbox.store.bots.get(bot)!.contacts.filter((contact) => contact.name && /^[\p{L} ]+$/u.test(contact.name))[index]!;
  const rows = <T>(table: string) => readTable<T>(panel, table);

  beforeAll(async () => {
    applyLanguageSetting('es');
    // The product's logic with shorter waits (harness/timings.ts), so a round is not Blip's minute long.
    await useTimings(context.session);
    // Loja Sul moves to a host of its own (as a number of another tenant would be): it needs its key again.
    const sul = (await context.sandbox.numbers()).numbers.find((number) => number.id === 'sul')!;
    const moved = { id: id('sul'), name: sul.name, phone: sul.phone, host: context.sandbox.url.replace('127.0.0.1', 'localhost') };
    await expect(rpc('installations.save', moved)).rejects.toMatchObject({ code: 'invalid-input' });
    await rpc('installations.save', { ...moved, key: { mode: 'header', header: sul.authorization } });
    // As the options form does after saving: a new key or host means its role is checked again (and,
    // an attendant number again, its contacts sync).
    await rpc('installations.refreshRole', { id: moved.id });
    panel = await context.session.open('sidepanel');
    await panel.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 90_000 });
    categoryId = await rpc<string>('replies.saveCategory', { name: 'Fallas' });
    await rpc('absence.save', { installationId: id('andes'), setting: { enabled: false, message: 'Volvemos pronto', suggestedContact: null } });
    await until(async () => (await rows<OutboxItem>('outbox')).length === 0, 'the setup writes to go out');
  }, 120_000);

  /** The first attempt of a queued write: its error in words, or nothing when it was delivered. */
  async function firstAttempt(ids: string[]): Promise<string | undefined> {
    let said: string | undefined;
    await until(async () => {
      const queued = (await rows<OutboxItem>('outbox')).filter((item) => ids.includes(item.id));
      const failed = queued.find((item) => item.lastError);
      if (failed) said = outboxErrorMessage(failed.lastError!);
      return Boolean(failed) || queued.length === 0;
    }, 'a first attempt');
    return said;
  }

  /** Retries the writes, as "Reintentar" does, until they are delivered. */
  async function deliverAfterRetry(ids: () => Promise<string[]>): Promise<void> {
    await until(async () => (await ids()).length === 0, 'the retried writes to go out', 60_000, async () => {
      const pending = await ids();
      if (pending.length) await rpc('outbox.retry', { ids: pending });
    });
  }

  const queuedIds = async (kind: string) => (await rows<OutboxItem>('outbox')).filter((item) => item.kind === kind).map((item) => item.id);
  const landings = (bot: string) => sandboxState<Landing[]>(context.sandbox, bot, 'landings');
  const delivered = async (bot: string, messageId: string) => {
    const arrived = (await sandboxState<Array<{ id: string }>>(context.sandbox, bot, 'messages')).filter((message) => message.id === messageId).length;
    const landed = (await landings(bot)).filter((landing) => landing.id === messageId).length;
    if (arrived !== 1 || landed !== 1) throw new Error(`message ${messageId}: ${arrived} arrived, ${landed} sent`);
  };

  let syncError: Promise<string | undefined> | undefined;
  let syncClean: Promise<void> | undefined;
  /** The search flow types into the panel; the text flow's look at the panel waits for it. */
  let searched: Promise<unknown> | undefined;
  const syncStateOf = async (bot: string) => (await rows<{ installationId: string; running: boolean; lastError?: { code: string }; updatedAt: number; lastSyncedAt?: number }>('contactSync')).find((state) => state.installationId === id(bot));

  const flows: Flow[] = [
    {
      name: 'sync',
      during: () => {
        syncError = (async () => {
          const since = Date.now();
          await rpc('contacts.sync', { installationId: id('norte') });
          let said: string | undefined;
          await until(async () => {
            const state = await syncStateOf('norte');
            if (!state || state.running || state.updatedAt < since) return false;
            said = state.lastError && errorMessage(state.lastError);
            return true;
          }, 'the sync to end');
          return said;
        })();
        return syncError;
      },
      recover: () => {
        syncClean = (async () => {
          const since = Date.now();
          await until(async () => {
            const state = await syncStateOf('norte');
            return Boolean(state && !state.running && !state.lastError && (state.lastSyncedAt ?? 0) >= since);
          }, 'a clean sync', 60_000, () => rpc('contacts.sync', { installationId: id('norte') }));
        })();
        return syncClean;
      },
    },
    {
      name: 'search',
      during: () => (searched = searchDuring()),
      recover: async () => {
        await syncClean;
        await searchFor(namedContact('norte', 4).name!);
        await panel.waitForFunction(() => ![...document.querySelectorAll('.sync-progress .notice.error')].some((line) => line.textContent?.includes('Tienda Norte')), { timeout: 30_000 });
      },
    },
    {
      name: 'timeline',
      during: () => said(rpc('conversation.load', { installationId: id('norte'), identity: windowOpen().identity })),
      recover: async () => {
        const loaded = await rpc<{ messages: unknown[] }>('conversation.load', { installationId: id('norte'), identity: windowOpen().identity });
        if (!loaded.messages.length) throw new Error('empty timeline');
      },
    },
    {
      name: 'template send',
      during: (round) => said(rpc('templates.send', templateRequest(round))),
      recover: async (round) => {
        // "Enviar" again with the same request: it may first get the outcome of an attempt still on its way.
        await until(() => rpc('templates.send', templateRequest(round)).then(() => true), 'the template to go out', 60_000);
        await delivered('sul', templateRequest(round).requestId);
      },
    },
    {
      name: 'text send',
      during: async (round) => {
        await rpc('conversation.sendText', { installationId: id('norte'), identity: contactOf('norte', 10).identity, text: `Mensaje ${round}`, requestId: textId(round) });
        const message = await firstAttempt([textId(round)]);
        await searched;
        if (message) {
          // The side panel shows the same words under "Cambios pendientes".
          await panel.click('[data-testid="outbox-status"] button[aria-expanded="false"]').catch(() => undefined);
          await waitForText(panel, `Último error: ${message}`, '[data-testid="outbox-status"]');
        }
        return message;
      },
      recover: async (round) => {
        await deliverAfterRetry(async () => (await queuedIds('conversation.text')).filter((queued) => queued === textId(round)));
        await delivered('norte', textId(round));
      },
    },
    {
      name: 'reply save',
      during: async (round) => {
        await rpc('replies.saveReply', { categoryId, title: `Respuesta ${round}`, text: `Texto ${round}` });
        return firstAttempt(await queuedIds('replies.put'));
      },
      recover: async (round) => {
        await deliverAfterRetry(() => queuedIds('replies.put'));
        for (const bot of ['norte', 'sul', 'andes']) {
          const stored = await sandboxState<Array<{ id: string; items: Array<{ name: string }> }>>(context.sandbox, bot, 'replies');
          if (!stored.find((category) => category.id === categoryId)?.items.some((item) => item.name === `Respuesta ${round}`)) throw new Error(`reply ${round} missing on ${bot}`);
        }
      },
    },
    {
      name: 'absence toggle',
      during: async (round) => {
        await rpc('absence.toggle', { installationId: id('andes'), enabled: round % 2 === 0 });
        return firstAttempt(await queuedIds('absence.put'));
      },
      recover: async (round) => {
        await deliverAfterRetry(() => queuedIds('absence.put'));
        const stored = (await (await fetch(`${context.sandbox.url}/_sandbox/bots/andes/resources/asistencia.absence`)).json()) as { value: { enabled: boolean } };
        if (stored.value.enabled !== (round % 2 === 0)) throw new Error('absence not on the bot');
      },
    },
    {
      name: 'history',
      during: () => said(rpc('history.list', historyQuery())),
      recover: async () => {
        await rpc('history.list', historyQuery());
      },
    },
    {
      name: 'monitoring',
      during: async () => {
        const [read] = await rpc<Array<{ ok: boolean; error?: unknown }>>('monitoring.read', { installationIds: [id('andes')] });
        return read!.ok ? undefined : errorMessage(read!.error);
      },
      recover: async () => {
        const [read] = await rpc<Array<{ ok: boolean }>>('monitoring.read', { installationIds: [id('andes')] });
        if (!read!.ok) throw new Error('monitoring still failing');
      },
    },
    {
      // The section shows the list it keeps, then asks Blip what changed (as AfterHoursSection does).
      name: 'after-hours',
      during: () => said(rpc('afterHours.refresh', { installationId: id('sul') })),
      recover: async () => {
        await rpc('afterHours.refresh', { installationId: id('sul') });
      },
    },
  ];

  const windowOpen = () => conversationCases.get(context.sandbox.store.bots.get('norte')!)!.find((item) => item.state === 'window-open')!;
  const textIds = new Map<number, string>();
  const textId = (round: number) => textIds.get(round) ?? textIds.set(round, crypto.randomUUID()).get(round)!;
  const templateIds = new Map<number, string>();
  const templateRequest = (round: number) => ({
    installationId: id('sul'),
    phone: '+5511987654321',
    identity: contactOf('sul', 5).identity,
    templateName: 'retomar_conversa',
    language: 'pt_BR',
    values: { 'body.1': `Cliente ${round}`, 'body.2': 'Loja Sul' },
    requestId: templateIds.get(round) ?? templateIds.set(round, crypto.randomUUID()).get(round)!,
  });
  const historyQuery = () => {
    const today = new Date().toISOString().slice(0, 10);
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    return { installationId: id('andes'), from: weekAgo, to: today, skip: 0, take: 20 };
  };

  /** Search keeps answering from the cache; the panel says, in words, why its contacts may be stale. */
  async function searchDuring(): Promise<string | undefined> {
    await syncError;
    await searchFor(namedContact('norte', 3).name!);
    return (await panel.$eval('.sync-progress', (node) => (node as HTMLElement).innerText).catch(() => '')) || undefined;
  }

  async function searchFor(name: string) {
    await panel.$eval('#global-search-input', (input) => ((input as HTMLInputElement).value = ''));
    await panel.type('#global-search-input', name.toLowerCase());
    await panel.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed, { timeout: 30_000 }, name.toLowerCase());
    await waitForText(panel, name, '.search-result');
  }

  it('tells the user each fault in its own words, retries after recovery, and loses nothing', async () => {
    expect(new Set(FAULTS.map((fault) => fault.says)).size).toBe(FAULTS.length);
    const results: Array<{ fault: string; flow: string; said?: string; survived: boolean; problem?: string }> = [];
    const started = Date.now();
    for (const [round, { name, fault, says }] of FAULTS.entries()) {
      const roundStart = Date.now();
      await setFault(context.sandbox, fault);
      const during = await Promise.all(flows.map((flow) => flow.during(round).then((message) => ({ message }), (error: unknown) => ({ message: undefined, problem: String(error) }))));
      await clearFaults(context.sandbox);
      const after = await Promise.all(flows.map((flow) => flow.recover(round).then(() => undefined, (error: unknown) => String(error))));
      flows.forEach((flow, index) => {
        const { message, problem } = during[index] as { message?: string; problem?: string };
        const toldRight = message === undefined ? !problem : message.includes(says);
        const issue = problem ?? (toldRight ? after[index] : `said "${message}"`);
        results.push({ fault: name, flow: flow.name, said: message, survived: toldRight && !after[index] && !problem, problem: issue });
      });
      console.log(`  ${name}: ${Math.round((Date.now() - roundStart) / 1000)} s`);
    }
    // Nothing reached the sandbox twice: every write id landed at most once, on every number.
    const doubled: string[] = [];
    for (const bot of ['norte', 'sul', 'andes']) {
      const counts = new Map<string, number>();
      for (const landing of await landings(bot)) counts.set(landing.id, (counts.get(landing.id) ?? 0) + 1);
      doubled.push(...[...counts].filter(([, times]) => times > 1).map(([landed]) => `${bot}:${landed}`));
    }
    const survived = results.filter((result) => result.survived).length;
    const unaffected = results.filter((result) => result.survived && result.said === undefined).map((result) => `${result.flow} × ${result.fault}`);
    console.log(`faults survived: ${survived} of ${results.length} (${FAULTS.length} faults × ${flows.length} flows, ${Math.round((Date.now() - started) / 1000)} s)`);
    if (unaffected.length) console.log(`  went through despite the fault (nothing to tell): ${unaffected.join(', ')}`);
    for (const failed of results.filter((result) => !result.survived)) console.log(`  NOT survived: ${failed.flow} × ${failed.fault}: ${failed.problem}`);
    expect(doubled).toEqual([]);
    expect(results.filter((result) => !result.survived)).toEqual([]);
  }, 600_000);
});

/** What the user is told when `call` fails (nothing when it went through). */
async function said(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    return errorMessage(error);
  }
}

async function until(check: () => Promise<boolean>, what: string, timeout = 60_000, nudge?: () => Promise<unknown>): Promise<void> {
  const end = Date.now() + timeout;
  let nudged = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    if (nudge && Date.now() - nudged > 5_000) {
      nudged = Date.now();
      await nudge().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
