import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { SearchResult, SearchStatus } from '../../domain/contact-search';
import type { SearchClient } from '../search-client';
import { createSearchModel, REFRESH_INTERVAL, type Scheduler } from './search-model';

const result = (identity: string, name = identity): SearchResult => ({ identity, name, phone: '+5491100000000', installationIds: ['n1'], lastMessageDate: 1 });

/** A search client whose answers the test gives, one by one, and a scheduler the test runs. */
function setup() {
  const status = signal<SearchStatus>({ indexed: 0, building: true, skipped: 0 });
  const asked: Array<{ text: string; answer: (results: SearchResult[]) => void }> = [];
  const client: SearchClient = {
    status,
    search: (text) => new Promise((resolve) => asked.push({ text, answer: resolve })),
    names: async () => ({}),
  };
  const tasks: Array<{ task: () => void; ms: number; cancelled: boolean }> = [];
  const schedule: Scheduler = (task, ms) => {
    const entry = { task, ms, cancelled: false };
    tasks.push(entry);
    return () => (entry.cancelled = true);
  };
  let clock = 1_000;
  const model = createSearchModel(client, schedule, () => clock);
  const runTasks = () => tasks.splice(0).forEach((entry) => !entry.cancelled && entry.task());
  const indexChanged = (indexed: number) => (status.value = { indexed, building: true, skipped: 0 });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { model, asked, tasks, runTasks, indexChanged, settle, tick: (ms: number) => (clock += ms) };
}

describe('search model', () => {
  it('asks again once for a burst of index changes, not once per change', async () => {
    const { model, asked, runTasks, indexChanged, settle } = setup();
    const typed = model.run('ana');
    asked[0]!.answer([result('a1')]);
    await typed;
    indexChanged(5_000);
    indexChanged(10_000);
    indexChanged(15_000);
    runTasks();
    expect(asked.map((entry) => entry.text)).toEqual(['ana', 'ana']);
    asked[1]!.answer([result('a0'), result('a1')]);
    await settle();
    expect(model.results.value.map((found) => found.identity)).toEqual(['a0', 'a1']);
  });

  it('asks again at most once a frame', async () => {
    const { model, asked, tasks, runTasks, indexChanged, settle, tick } = setup();
    const typed = model.run('ana');
    asked[0]!.answer([result('a1')]);
    await typed;
    indexChanged(5_000);
    expect(tasks.at(-1)!.ms).toBe(0);
    runTasks();
    asked[1]!.answer([result('a1')]);
    await settle();
    tick(4);
    indexChanged(10_000);
    expect(tasks.at(-1)!.ms).toBe(REFRESH_INTERVAL - 4);
  });

  it('does not ask again while a search is on its way, and asks once it is answered', async () => {
    const { model, asked, runTasks, indexChanged, settle } = setup();
    const typed = model.run('ana');
    indexChanged(5_000);
    runTasks();
    expect(asked).toHaveLength(1);
    asked[0]!.answer([result('a1')]);
    await typed;
    runTasks();
    expect(asked.map((entry) => entry.text)).toEqual(['ana', 'ana']);
    asked[1]!.answer([result('a1')]);
    await settle();
    runTasks();
    expect(asked).toHaveLength(2);
  });

  it('answers a new keystroke instead of a pending refresh', async () => {
    const { model, asked, runTasks, indexChanged } = setup();
    const first = model.run('ana');
    asked[0]!.answer([result('a1')]);
    await first;
    indexChanged(5_000);
    const second = model.run('anab');
    runTasks();
    expect(asked.map((entry) => entry.text)).toEqual(['ana', 'anab']);
    asked[1]!.answer([result('b1')]);
    await second;
    expect(model.answered.value).toBe('anab');
    expect(model.results.value.map((found) => found.identity)).toEqual(['b1']);
  });

  it('keeps the shown list and the highlight when the index changed but the results did not', async () => {
    const { model, asked, runTasks, indexChanged, settle } = setup();
    const typed = model.run('ana');
    asked[0]!.answer([result('a1'), result('a2')]);
    await typed;
    model.move(1);
    const shown = model.results.value;
    indexChanged(5_000);
    runTasks();
    asked[1]!.answer([result('a1'), result('a2')]);
    await settle();
    expect(model.results.value).toBe(shown);
    expect(model.active.value).toBe(1);
  });

  it('shows changed results with the highlight on the same contact', async () => {
    const { model, asked, runTasks, indexChanged, settle } = setup();
    const typed = model.run('ana');
    asked[0]!.answer([result('a1'), result('a2')]);
    await typed;
    model.move(1);
    indexChanged(5_000);
    runTasks();
    asked[1]!.answer([result('a0'), result('a1'), result('a2', 'Ana Two')]);
    await settle();
    expect(model.results.value.map((found) => found.name)).toEqual(['a0', 'a1', 'Ana Two']);
    expect(model.active.value).toBe(2);
  });

  it('starts a new query at its first result', async () => {
    const { model, asked } = setup();
    const first = model.run('ana');
    asked[0]!.answer([result('a1'), result('a2')]);
    await first;
    model.move(1);
    const second = model.run('an');
    asked[1]!.answer([result('a0'), result('a2')]);
    await second;
    expect(model.active.value).toBe(0);
  });
});
