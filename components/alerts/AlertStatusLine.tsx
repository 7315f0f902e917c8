import type { AlertStatus } from '@/lib/domain/alerts';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from '@/lib/i18n/error-message';

/** What the background's last check of the number found: when, closed, or why it failed. */
export function AlertStatusLine({ status }: { status: AlertStatus | undefined }) {
  if (!status) return null;
  const text = status.quiet
    ? t('alerts.quiet')
    : status.error
      ? t('alerts.checkFailed', { error: errorMessage(status.error) })
      : t('alerts.checkedAgo', { seconds: Math.max(0, Math.round((Date.now() - status.checkedAt) / 1000)) });
  return <p class="small muted" data-testid="alert-status" data-checked-at={status.checkedAt}>{text}</p>;
}
