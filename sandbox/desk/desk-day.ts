const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * The Desk's day: Blip's reports date each day at the start of the day in the tenant's time zone
 * (the docs' examples show `2019-11-02T03:00:00.000Z`, midnight at UTC−3). The sandbox's Desk keeps
 * that zone for "today" (live monitoring, tickets per hour) and for the period reports.
 */
export const DESK_UTC_OFFSET_MS = -3 * HOUR;

/** The start of the Desk day holding `instant`, as an epoch instant. */
export function deskDayStart(instant: number): number {
  const local = instant + DESK_UTC_OFFSET_MS;
  return local - (((local % DAY) + DAY) % DAY) - DESK_UTC_OFFSET_MS;
}

/** The Desk day (`yyyy-mm-dd`) of an instant. */
export function deskDate(instant: number): string {
  return new Date(deskDayStart(instant) + DESK_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The start of a Desk day given as `yyyy-mm-dd`, or undefined when the text is not such a date. */
export function deskDayOf(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const midnight = Date.parse(`${date}T00:00:00.000Z`);
  return Number.isNaN(midnight) ? undefined : midnight - DESK_UTC_OFFSET_MS;
}

export { DAY as DESK_DAY_MS };
