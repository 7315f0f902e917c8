import type { ChartData } from '../domain/chart-data';
import type { HourCount, PeriodTrend } from '../domain/trends';
import { formatDateTime, t } from '../i18n/i18n';

const HOUR = 3_600_000;

/** A `yyyy-mm-dd` day as the UI language writes a short date. */
const dayLabel = (day: string) => formatDateTime(Date.parse(`${day}T12:00:00`), { day: '2-digit', month: '2-digit' });

/**
 * Today's tickets per hour, by the agent's clock: from midnight (or from the first hour Blip counts in
 * its own "today", which follows the tenant's zone) to the current hour, hours without tickets at zero.
 */
export function hourlyChart(hours: HourCount[], now: number): ChartData {
  const midnight = new Date(now).setHours(0, 0, 0, 0);
  const first = Math.min(midnight, ...hours.map((item) => item.hour - (((item.hour - midnight) % HOUR) + HOUR) % HOUR));
  const starts = Array.from({ length: Math.floor((now - first) / HOUR) + 1 }, (_, index) => first + index * HOUR);
  const count = (start: number) => hours.filter((item) => item.hour >= start && item.hour < start + HOUR).reduce((sum, item) => sum + item.tickets, 0);
  return {
    id: 'today-hourly',
    title: t('trends.hourlyTitle'),
    kind: 'bars',
    rowLabel: t('trends.hour'),
    rows: starts.map((start) => formatDateTime(start, { hour: '2-digit', minute: '2-digit' })),
    rowKeys: starts.map((start) => new Date(start).toISOString()),
    columns: [{ key: 'tickets', label: t('trends.tickets'), unit: 'count', values: starts.map(count) }],
  };
}

/** Tickets opened, closed, abandoned and lost per day. */
export function ticketsChart(trend: PeriodTrend): ChartData {
  const column = (key: 'opened' | 'closed' | 'abandoned' | 'lost') => ({ key, label: t(`trends.${key}`), unit: 'count' as const, values: trend.days.map((day) => day[key]) });
  return {
    id: 'tickets-per-day',
    title: t('trends.ticketsTitle'),
    kind: 'lines',
    rowLabel: t('trends.day'),
    rows: trend.days.map((day) => dayLabel(day.day)),
    rowKeys: trend.days.map((day) => day.day),
    columns: [column('opened'), column('closed'), column('abandoned'), column('lost')],
  };
}

/** Average first response and attendance per day (days without tickets have none). */
export function timesChart(trend: PeriodTrend): ChartData {
  const column = (key: 'avgFirstResponse' | 'avgAttendance') => ({ key, label: t(`trends.${key}`), unit: 'duration' as const, values: trend.days.map((day) => day.timings?.[key] ?? null) });
  return {
    id: 'times-per-day',
    title: t('trends.timesTitle'),
    kind: 'lines',
    rowLabel: t('trends.day'),
    rows: trend.days.map((day) => dayLabel(day.day)),
    rowKeys: trend.days.map((day) => day.day),
    columns: [column('avgFirstResponse'), column('avgAttendance')],
  };
}

/** Each agent's tickets closed over the period (drawn), with their open tickets and averages in the table. */
export function agentsChart(trend: PeriodTrend, name: (identity: string) => string): ChartData {
  const agents = [...trend.agents].sort((a, b) => b.closedTickets - a.closedTickets);
  return {
    id: 'agents',
    title: t('trends.agentsTitle'),
    kind: 'bars',
    rowLabel: t('trends.agent'),
    rows: agents.map((agent) => name(agent.identity)),
    rowKeys: agents.map((agent) => agent.identity),
    columns: [
      { key: 'closedTickets', label: t('trends.closed'), unit: 'count', values: agents.map((agent) => agent.closedTickets) },
      { key: 'openedTickets', label: t('trends.open'), unit: 'count', values: agents.map((agent) => agent.openedTickets), drawn: false },
      { key: 'avgFirstResponse', label: t('trends.avgFirstResponse'), unit: 'duration', values: agents.map((agent) => agent.avgFirstResponse), drawn: false },
      { key: 'avgAttendance', label: t('trends.avgAttendance'), unit: 'duration', values: agents.map((agent) => agent.avgAttendance), drawn: false },
    ],
  };
}
