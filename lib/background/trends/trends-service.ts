import type { Database } from '../../db/database';
import { keepTimings, keptTimings, pruneTimings } from '../../db/report-days';
import { readAgentsReport, readTicketsPerHour, readTicketsReport, readTimingsReport } from '../../blip/reports';
import { fillDays, periodDays, type HourCount, type PeriodTrend, type Timings } from '../../domain/trends';
import type { BlipClients } from '../installations/clients';

/**
 * Trends from Blip's reports: today's tickets per hour, and a period's days (the tickets report, one
 * call), agents (one call) and each day's timings (one call per day that had tickets; days before
 * yesterday do not change any more and are kept, so a trend read again costs a handful of calls).
 */
export class TrendsService {
  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  async today(installationId: string): Promise<HourCount[]> {
    return readTicketsPerHour(await this.clients.forInstallation(installationId));
  }

  async period(installationId: string, days: number, today: string, now = Date.now()): Promise<PeriodTrend> {
    const transport = await this.clients.forInstallation(installationId);
    const list = periodDays(today, days);
    const [first] = list;
    const [tickets, agents] = await Promise.all([readTicketsReport(transport, first!, today), readAgentsReport(transport, first!, today)]);
    const filled = fillDays(list, tickets);
    const settled = new Set(list.slice(0, -2));
    const kept = await keptTimings(this.db, installationId, [...settled]);
    const wanted = filled.filter((day) => day.opened > 0 && !kept.has(day.day)).map((day) => day.day);
    const read = new Map<string, Timings>(await Promise.all(wanted.map(async (day) => [day, await readTimingsReport(transport, day, day)] as const)));
    await keepTimings(this.db, installationId, [...read.entries()].filter(([day]) => settled.has(day)).map(([day, timings]) => ({ day, timings })), now);
    await pruneTimings(this.db, periodDays(today, 31)[0]!);
    return { days: filled.map((day) => ({ ...day, timings: kept.get(day.day) ?? read.get(day.day) })), agents };
  }
}
