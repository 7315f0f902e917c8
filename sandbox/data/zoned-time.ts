/** The instant of a local wall-clock time (`HH:MM`) on a local date (`yyyy-mm-dd`) in an IANA zone. */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset even across a DST change.
  let instant = guess - offset(guess, timeZone);
  instant = guess - offset(instant, timeZone);
  return instant;
}

/** The zone's offset from UTC at an instant, in ms. */
function offset(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(instant / 1000) * 1000;
}

/** The local date (yyyy-mm-dd) and weekday (0 = Sunday) of an instant in a zone. */
export function localDay(instant: number, timeZone: string): { date: string; weekday: number } {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(new Date(instant)));
  return { date, weekday };
}

/** The most recent instant before `now - margin` falling on `weekday` at local `time`. */
export function lastWeekdayAt(now: number, weekday: number, time: string, timeZone: string, marginMs = 10 * 60_000): number {
  for (let back = 0; back <= 8; back++) {
    const { date, weekday: day } = localDay(now - back * 86_400_000, timeZone);
    if (day !== weekday) continue;
    const instant = zonedInstant(date, time, timeZone);
    if (instant < now - marginMs) return instant;
  }
  throw new Error('unreachable: a weekday recurs within 8 days');
}
