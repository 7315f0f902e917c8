/**
 * Blip sends durations as .NET TimeSpan text: `hh:mm:ss[.fffffff]`, with a day prefix `d.hh:mm:ss`
 * past 24 h, and a leading `-` when negative (blip-api.md §7.1). Returns milliseconds, or undefined
 * for text that is not a TimeSpan.
 */
export function parseTimeSpan(value: string | null | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [, negative, days = '0', hours, minutes, seconds, fraction = '0'] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const ms =
    Number(days) * 86_400_000 +
    Number(hours) * 3_600_000 +
    Number(minutes) * 60_000 +
    Number(seconds) * 1000 +
    Math.round(Number(`0.${fraction}`) * 1000);
  return negative ? -ms : ms;
}

/** A compact human duration: `45 s`, `12 min`, `1 h 05 min`, `2 d 03 h`. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${String(hours % 24).padStart(2, '0')} h`;
}
