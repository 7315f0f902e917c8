import { describe, expect, it } from 'vitest';
import { aggregateFigures, type MonitoringFigures } from './monitoring';

const figures = (patch: Partial<MonitoringFigures>): MonitoringFigures => ({
  waiting: 0,
  maxQueueTime: 0,
  open: 0,
  avgFirstResponseTime: 0,
  maxFirstResponseTime: 0,
  avgResponseTime: 0,
  avgAttendanceTime: 0,
  today: { total: 0, open: 0, closed: 0, abandoned: 0, lost: 0 },
  attendedToday: 0,
  closedAttendedToday: 0,
  agents: { total: 0, ticketsPerAgent: 0, online: 0, paused: 0, invisible: 0 },
  ...patch,
});

describe('aggregateFigures', () => {
  const a = figures({
    waiting: 3, maxQueueTime: 60_000, open: 2, attendedToday: 1, avgFirstResponseTime: 10_000, maxFirstResponseTime: 10_000,
    avgResponseTime: 30_000, closedAttendedToday: 1, avgAttendanceTime: 100_000,
    today: { total: 5, open: 3, closed: 2, abandoned: 1, lost: 0 }, agents: { total: 2, ticketsPerAgent: 0.5, online: 1, paused: 1, invisible: 0 },
  });
  const b = figures({
    waiting: 1, maxQueueTime: 120_000, open: 4, attendedToday: 3, avgFirstResponseTime: 50_000, maxFirstResponseTime: 90_000,
    avgResponseTime: 10_000, closedAttendedToday: 3, avgAttendanceTime: 20_000,
    today: { total: 9, open: 5, closed: 4, abandoned: 0, lost: 2 }, agents: { total: 6, ticketsPerAgent: 0.5, online: 4, paused: 0, invisible: 2 },
  });

  it('adds counts, takes maxima, and weights averages by their counts', () => {
    const all = aggregateFigures([a, b]);
    expect(all).toMatchObject({
      waiting: 4,
      maxQueueTime: 120_000,
      open: 6,
      maxFirstResponseTime: 90_000,
      avgFirstResponseTime: 40_000, // (10 s × 1 + 50 s × 3) / 4, not (10 + 50) / 2
      avgResponseTime: 15_000,
      avgAttendanceTime: 40_000,
      today: { total: 14, open: 8, closed: 6, abandoned: 1, lost: 2 },
      agents: { total: 8, ticketsPerAgent: 0.5, online: 5, paused: 1, invisible: 2 },
    });
  });

  it('gives zeros, not NaN, when nothing was attended', () => {
    expect(aggregateFigures([figures({}), figures({})]).avgFirstResponseTime).toBe(0);
    expect(aggregateFigures([]).waiting).toBe(0);
  });

  it('is the identity for a single number', () => {
    expect(aggregateFigures([b])).toEqual(b);
  });
});
