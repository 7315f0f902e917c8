import { describe, expect, it } from 'vitest';
import { CompanionDb } from './tables';
import { getAlertStatus, putAlertStatus, saveAlertRule } from './alerts';

describe('alert rules', () => {
  it('new thresholds of a number already checked are due for a check at once', async () => {
    const db = new CompanionDb(`alerts-${Math.random()}`);
    await saveAlertRule(db, 'n1', { queueSize: 5, noAgentOnline: false }, 1_000);
    await putAlertStatus(db, { installationId: 'n1', checkedAt: 1_000, quiet: false, active: [], failures: 0, nextCheckAt: 31_000 });
    await saveAlertRule(db, 'n1', { queueSize: 2, noAgentOnline: false }, 5_000);
    expect((await getAlertStatus(db, 'n1'))?.nextCheckAt).toBe(5_000);
  });

  it('thresholds that watch nothing remove the rule and its state', async () => {
    const db = new CompanionDb(`alerts-${Math.random()}`);
    await saveAlertRule(db, 'n1', { queueSize: 5, noAgentOnline: false }, 1_000);
    await putAlertStatus(db, { installationId: 'n1', checkedAt: 1_000, quiet: false, active: [], failures: 0, nextCheckAt: 31_000 });
    await saveAlertRule(db, 'n1', { noAgentOnline: false }, 5_000);
    expect(await getAlertStatus(db, 'n1')).toBeUndefined();
  });
});
