/** Blip's documented command throughput of the free plan, per bot (docs: Throughputs; paid plans: 200). */
export const BLIP_COMMANDS_PER_SECOND = 48;
/**
 * The part of it one open board may use on a number: 1 command per second. The bot shares that
 * throughput with its own flows, the Desk and every other open panel, so one board keeps to 1/48.
 */
export const BOARD_COMMANDS_PER_SECOND = BLIP_COMMANDS_PER_SECOND / 48;
/** The background's alert checks: Chrome's shortest alarm period. */
export const ALERT_CHECK_MS = 30_000;

/** How often a visible board reads a number again: as often as its commands fit in the board's share. */
export function boardRefreshMs(commandsPerRefresh: number): number {
  return Math.ceil(commandsPerRefresh / BOARD_COMMANDS_PER_SECOND) * 1000;
}

/** Commands one number costs per hour when read every `periodMs` with `commandsPerRead` each. */
export function commandsPerHour(commandsPerRead: number, periodMs: number): number {
  return Math.round((3_600_000 / periodMs) * commandsPerRead);
}
