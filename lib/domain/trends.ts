/** Tickets created in one hour of today (the hour's start, epoch ms). */
export interface HourCount {
  hour: number;
  tickets: number;
}

/** One day's tickets from the period report, counted by what became of them (the board's words). */
export interface DayTickets {
  /** Calendar day, `yyyy-mm-dd`. */
  day: string;
  /** Every ticket created that day (waiting + open + closed). */
  opened: number;
  closed: number;
  /** Closed by the customer after an agent took it (`closedClient`). */
  abandoned: number;
  /** Closed by the customer before an agent took it (`missed`). */
  lost: number;
  /** Tickets an agent took: the weight of the first-response and queue averages. */
  attended: number;
  /** Tickets closed after an agent took them: the weight of the attendance average. */
  closedAttended: number;
}

/** One day's (or one period's) averages, in ms. */
export interface Timings {
  avgQueue: number;
  avgFirstResponse: number;
  avgWait: number;
  avgAttendance: number;
}

/** A day of the trend: its tickets and, when read, its timings. */
export type TrendDay = DayTickets & { timings?: Timings };

/** One agent over the period, from the agents report (averages in ms). */
export interface AgentPeriod {
  identity: string;
  openedTickets: number;
  closedTickets: number;
  avgFirstResponse: number;
  avgWait: number;
  avgAttendance: number;
  avgResponse: number;
}

/** A number's (or all numbers') trend over a period. */
export interface PeriodTrend {
  days: TrendDay[];
  agents: AgentPeriod[];
}

const DAY = 86_400_000;

/** The `yyyy-mm-dd` days from `days - 1` days before `today` to `today` (calendar days, no zone). */
export function periodDays(today: string, days: number): string[] {
  const end = Date.parse(`${today}T00:00:00.000Z`);
  return Array.from({ length: days }, (_, index) => new Date(end - (days - 1 - index) * DAY).toISOString().slice(0, 10));
}

/** The local calendar day of an instant (`yyyy-mm-dd`), in the browser's zone. */
export function localDay(instant: number): string {
  const date = new Date(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The calendar day a report's `date` stands for. Blip dates each day at its start in the tenant's
 * zone (`2019-11-02T03:00:00.000Z` is 2 November at UTC−3): the nearest UTC midnight names the day,
 * exact for zones from UTC−11 to UTC+12.
 */
export function reportDay(date: string): string | undefined {
  const instant = Date.parse(date);
  if (Number.isNaN(instant)) return undefined;
  return new Date(Math.round(instant / DAY) * DAY).toISOString().slice(0, 10);
}

/** Every day of the period in order, the report's figures where it had some, zeros elsewhere. */
export function fillDays(days: string[], reported: DayTickets[]): DayTickets[] {
  const byDay = new Map<string, DayTickets>();
  for (const item of reported) {
    const known = byDay.get(item.day);
    byDay.set(item.day, known ? sumTickets([known, item], item.day) : item);
  }
  return days.map((day) => byDay.get(day) ?? sumTickets([], day));
}

function sumTickets(list: DayTickets[], day: string): DayTickets {
  const sum = (pick: (item: DayTickets) => number) => list.reduce((total, item) => total + pick(item), 0);
  return {
    day,
    opened: sum((item) => item.opened),
    closed: sum((item) => item.closed),
    abandoned: sum((item) => item.abandoned),
    lost: sum((item) => item.lost),
    attended: sum((item) => item.attended),
    closedAttended: sum((item) => item.closedAttended),
  };
}

/** A weighted average of `pick` over `items`; 0 when nothing weighs. */
function weighted<T>(items: T[], pick: (item: T) => number, weight: (item: T) => number): number {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  return total ? items.reduce((sum, item) => sum + pick(item) * weight(item), 0) / total : 0;
}

/**
 * Timings of several numbers for one day, weighted as today's board is: queue, first response and
 * wait by the tickets attended, attendance by the tickets closed after being attended.
 */
export function combineTimings(parts: Array<{ timings: Timings; tickets: DayTickets }>): Timings {
  return {
    avgQueue: weighted(parts, (part) => part.timings.avgQueue, (part) => part.tickets.attended),
    avgFirstResponse: weighted(parts, (part) => part.timings.avgFirstResponse, (part) => part.tickets.attended),
    avgWait: weighted(parts, (part) => part.timings.avgWait, (part) => part.tickets.attended),
    avgAttendance: weighted(parts, (part) => part.timings.avgAttendance, (part) => part.tickets.closedAttended),
  };
}

/** Tickets per hour of several numbers, added hour by hour. */
export function combineHours(parts: HourCount[][]): HourCount[] {
  const byHour = new Map<number, number>();
  for (const item of parts.flat()) byHour.set(item.hour, (byHour.get(item.hour) ?? 0) + item.tickets);
  return [...byHour.entries()].sort(([a], [b]) => a - b).map(([hour, tickets]) => ({ hour, tickets }));
}

/**
 * Several numbers' trends as one: counts added day by day, each day's timings weighted by the tickets
 * they were taken over (a day whose timings some number lacks keeps the ones it has), and an agent who
 * serves several numbers counted once, averages weighted by their tickets.
 */
export function combineTrends(trends: PeriodTrend[]): PeriodTrend {
  if (trends.length === 1) return trends[0]!;
  const dayNames = trends[0]?.days.map((day) => day.day) ?? [];
  const days = dayNames.map((name, index) => {
    const parts = trends.map((trend) => trend.days[index]).filter((day): day is TrendDay => day?.day === name);
    const tickets = sumTickets(parts, name);
    const timed = parts.filter((part): part is TrendDay & { timings: Timings } => Boolean(part.timings));
    return timed.length ? { ...tickets, timings: combineTimings(timed.map((part) => ({ timings: part.timings, tickets: part }))) } : tickets;
  });
  return { days, agents: combineAgents(trends.flatMap((trend) => trend.agents)) };
}

function combineAgents(agents: AgentPeriod[]): AgentPeriod[] {
  const byIdentity = new Map<string, AgentPeriod[]>();
  for (const agent of agents) byIdentity.set(agent.identity, [...(byIdentity.get(agent.identity) ?? []), agent]);
  return [...byIdentity.entries()].map(([identity, list]) => {
    const all = (agent: AgentPeriod) => agent.openedTickets + agent.closedTickets;
    return {
      identity,
      openedTickets: list.reduce((sum, agent) => sum + agent.openedTickets, 0),
      closedTickets: list.reduce((sum, agent) => sum + agent.closedTickets, 0),
      avgFirstResponse: weighted(list, (agent) => agent.avgFirstResponse, all),
      avgWait: weighted(list, (agent) => agent.avgWait, all),
      avgResponse: weighted(list, (agent) => agent.avgResponse, all),
      avgAttendance: weighted(list, (agent) => agent.avgAttendance, (agent) => agent.closedTickets),
    };
  });
}
