import { describe, expect, it } from 'vitest';
import { ALERT_CHECK_MS, BLIP_COMMANDS_PER_SECOND, boardRefreshMs, commandsPerHour } from './refresh-cadence';

describe('refresh cadence within Blip\'s command throughput', () => {
  it('refreshes the board (6 commands) every 6 s: 1 command a second, 1/48 of the free plan', () => {
    expect(boardRefreshMs(6)).toBe(6000);
    expect(6 / (boardRefreshMs(6) / 1000)).toBeLessThanOrEqual(BLIP_COMMANDS_PER_SECOND / 48);
  });

  it('costs at most 480 commands an hour per number for the background alerts (4 reads every 30 s)', () => {
    expect(commandsPerHour(4, ALERT_CHECK_MS)).toBe(480);
    expect(commandsPerHour(6, boardRefreshMs(6))).toBe(3600);
  });
});
