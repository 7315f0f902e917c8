import { describe, expect, it } from 'vitest';
import { combineHours, combineTrends, fillDays, periodDays, reportDay, type DayTickets, type PeriodTrend } from './trends';
import { csvText } from './csv';

const day = (name: string, opened: number, attended: number, closedAttended: number): DayTickets => ({ day: name, opened, closed: closedAttended, abandoned: 0, lost: 0, attended, closedAttended });

describe('trend days', () => {
  it('names the day of a report item by the nearest UTC midnight (Blip dates a day at its start in the tenant zone)', () => {
    expect(reportDay('2019-11-02T03:00:00.000Z')).toBe('2019-11-02');
    expect(reportDay('2019-11-01T22:00:00.000Z')).toBe('2019-11-02');
    expect(reportDay('2019-11-02T00:00:00Z')).toBe('2019-11-02');
    expect(reportDay('not a date')).toBeUndefined();
  });

  it('lists every day of the period and fills the days the report left out with zeros', () => {
    const days = periodDays('2026-03-02', 4);
    expect(days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(fillDays(days, [day('2026-02-28', 5, 4, 3)]).map((item) => item.opened)).toEqual([0, 5, 0, 0]);
  });
});

describe('all numbers', () => {
  it('adds counts and weights each day\'s times by the tickets they were taken over', () => {
    const a: PeriodTrend = { days: [{ ...day('2026-03-01', 10, 8, 6), timings: { avgQueue: 60_000, avgFirstResponse: 120_000, avgWait: 180_000, avgAttendance: 600_000 } }], agents: [{ identity: 'ana@blip.ai', openedTickets: 1, closedTickets: 3, avgFirstResponse: 60_000, avgWait: 0, avgAttendance: 300_000, avgResponse: 0 }] };
    const b: PeriodTrend = { days: [{ ...day('2026-03-01', 2, 2, 2), timings: { avgQueue: 0, avgFirstResponse: 20_000, avgWait: 20_000, avgAttendance: 200_000 } }], agents: [{ identity: 'ana@blip.ai', openedTickets: 0, closedTickets: 1, avgFirstResponse: 100_000, avgWait: 0, avgAttendance: 100_000, avgResponse: 0 }] };
    const all = combineTrends([a, b]);
    expect(all.days[0]!.opened).toBe(12);
    expect(all.days[0]!.timings!.avgFirstResponse).toBe((120_000 * 8 + 20_000 * 2) / 10);
    expect(all.days[0]!.timings!.avgAttendance).toBe((600_000 * 6 + 200_000 * 2) / 8);
    expect(all.agents).toEqual([{ identity: 'ana@blip.ai', openedTickets: 1, closedTickets: 4, avgFirstResponse: (60_000 * 4 + 100_000) / 5, avgWait: 0, avgAttendance: (300_000 * 3 + 100_000) / 4, avgResponse: 0 }]);
  });

  it('adds tickets per hour hour by hour', () => {
    expect(combineHours([[{ hour: 2, tickets: 1 }, { hour: 1, tickets: 2 }], [{ hour: 2, tickets: 3 }]])).toEqual([{ hour: 1, tickets: 2 }, { hour: 2, tickets: 4 }]);
  });
});

describe('CSV', () => {
  it('quotes every field, keeps formulas as text and opens with a BOM', () => {
    expect(csvText(['día', 'total'], [['=SUM(A1)', 3]])).toBe('\uFEFFdía,total\r\n"\'=SUM(A1)","3"\r\n');
  });
});
