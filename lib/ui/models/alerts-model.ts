import { computed, type ReadonlySignal } from '@preact/signals';
import type { ActiveAlert, AlertRule, AlertStatus, AlertThresholds } from '../../domain/alerts';
import { rpc } from '../../rpc/client';
import { liveSignal } from '../live-signal';

/** An alert that is on, with its number. */
export type NumberAlert = ActiveAlert & { installationId: string };

/** Alerts as the panel shows them: each number's thresholds and what the background's last check found. */
export interface AlertsModel {
  readonly rules: ReadonlySignal<AlertRule[]>;
  readonly statuses: ReadonlySignal<AlertStatus[]>;
  /** Every alert on now, oldest first. */
  readonly active: ReadonlySignal<NumberAlert[]>;
  save(installationId: string, thresholds: AlertThresholds): Promise<void>;
}

/** Builds the alerts model (once per side panel). */
export function createAlertsModel(): AlertsModel {
  const rules = liveSignal('alertRules', []);
  const statuses = liveSignal('alertStatuses', []);
  const active = computed(() => statuses.value.flatMap((status) => status.active.map((alert) => ({ ...alert, installationId: status.installationId }))).sort((a, b) => a.since - b.since));
  return {
    rules,
    statuses,
    active,
    save: (installationId, thresholds) => rpc('alerts.save', { installationId, thresholds }),
  };
}
