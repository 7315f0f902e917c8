import type { Breach } from '../domain/alerts';
import { formatDuration } from '../domain/timespan';
import { t } from './i18n';

const isDuration = (kind: Breach['kind']) => kind === 'queue-wait' || kind === 'first-response';

/** What crossed, in words: "un cliente espera hace 25 min en la cola". */
export function breachWords(alert: Breach): string {
  return t(`alerts.breach.${alert.kind}`, { value: isDuration(alert.kind) ? formatDuration(alert.value) : String(alert.value) });
}

/** The threshold it crossed, in words ("Umbral: 20 min."), none for "no agent online". */
export function thresholdWords(alert: Breach): string {
  if (alert.kind === 'no-agent') return '';
  return t('alerts.threshold', { threshold: isDuration(alert.kind) ? formatDuration(alert.threshold) : String(alert.threshold) });
}
