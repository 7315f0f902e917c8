import { watchesAnything, type AlertRule, type AlertStatus, type AlertThresholds } from '../domain/alerts';
import type { Database } from './database';
import { tablesOf } from './tables';

// Alerts: each number's thresholds, and what the background's last check found.

/** Every number's thresholds. */
export function listAlertRules(db: Database): Promise<AlertRule[]> {
  return tablesOf(db).alertRules.toArray();
}

/**
 * Stores a number's thresholds, due for a check at once; thresholds that watch nothing remove the
 * rule and its state.
 */
export async function saveAlertRule(db: Database, installationId: string, thresholds: AlertThresholds, now: number): Promise<void> {
  const { alertRules, alertStatus } = tablesOf(db);
  await tablesOf(db).transaction('rw', alertRules, alertStatus, async () => {
    if (!watchesAnything(thresholds)) {
      await alertRules.delete(installationId);
      await alertStatus.delete(installationId);
      return;
    }
    await alertRules.put({ ...thresholds, installationId, updatedAt: now });
    await alertStatus.update(installationId, { nextCheckAt: now });
  });
}

/** What the last check of each number found. */
export function listAlertStatuses(db: Database): Promise<AlertStatus[]> {
  return tablesOf(db).alertStatus.toArray();
}

export function getAlertStatus(db: Database, installationId: string): Promise<AlertStatus | undefined> {
  return tablesOf(db).alertStatus.get(installationId);
}

/** Records a check's result for a number (only while the number still has a rule). */
export async function putAlertStatus(db: Database, status: AlertStatus): Promise<void> {
  const { alertRules, alertStatus } = tablesOf(db);
  await tablesOf(db).transaction('rw', alertRules, alertStatus, async () => {
    if (await alertRules.get(status.installationId)) await alertStatus.put(status);
  });
}

/** Forgets the state of numbers that are gone (or have no rule any more). */
export async function dropAlertStatuses(db: Database, installationIds: string[]): Promise<void> {
  await tablesOf(db).alertStatus.bulkDelete(installationIds);
}
