import { ABSENCE_WRITE, type OutboxItem } from '@/lib/domain/outbox-item';
import { AppError } from '@/lib/errors/app-error';
import { errorMessage } from '@/lib/i18n/error-message';
import { t } from '@/lib/i18n/i18n';
import { rpc } from '@/lib/rpc/client';

/**
 * Says when a number's absence switch did not reach its bot and the write is parked as failed
 * (the popup shows the wished state, the bot still holds the old one), with Blip's reason and a retry.
 */
export function ParkedWrite({ installationId, outbox, onError }: { installationId: string; outbox: OutboxItem[]; onError: (error: unknown) => void }) {
  const parked = outbox.filter((item) => item.installationId === installationId && item.kind === ABSENCE_WRITE && item.status === 'failed');
  const last = parked.at(-1);
  if (!last) return null;
  const reason = last.lastError ? errorMessage(new AppError(last.lastError.code, '', { reason: last.lastError.reason })) : '';
  return (
    <div class="notice error small" role="alert" data-testid="absence-parked">
      <span>{t('absence.parked', { error: reason })}</span>
      <button type="button" onClick={() => rpc('outbox.retry', { ids: parked.map((item) => item.id) }).catch(onError)}>
        {t('common.retry')}
      </button>
    </div>
  );
}
