import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { createStore } from '../../../sandbox/store';
import { sandboxTransport } from '../../../tests/helpers/sandbox-transport';
import { deskDate } from '../../../sandbox/desk/desk-day';
import type { BlipClients } from '../installations/clients';
import { TrendsService } from './trends-service';

const NOW = Date.parse('2026-11-20T15:00:00Z');

describe('trends from the period reports', () => {
  it('reads a day\'s timings once the day is over, and only the recent days again', async () => {
    const store = createStore(NOW, 1, { clock: () => NOW });
    const log: string[] = [];
    const service = new TrendsService(openDatabase(`trends-${Math.random()}`), { forInstallation: async () => sandboxTransport(store, 'norte', { log }) } as unknown as BlipClients);
    const today = deskDate(NOW);
    const first = await service.period('n1', 30, today, NOW);
    const timingCalls = () => log.filter((uri) => uri.startsWith('/analytics/reports/timings')).length;
    const daysWithTickets = first.days.filter((day) => day.opened > 0).length;
    expect(first.days).toHaveLength(30);
    expect(timingCalls()).toBe(daysWithTickets);
    expect(first.days.filter((day) => day.opened > 0).every((day) => day.timings)).toBe(true);

    log.length = 0;
    const again = await service.period('n1', 30, today, NOW);
    expect(timingCalls()).toBe(first.days.slice(-2).filter((day) => day.opened > 0).length);
    expect(log).toHaveLength(2 + timingCalls());
    expect(again).toEqual(first);
  });
});
