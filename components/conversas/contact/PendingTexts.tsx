import type { OutboxItem, TextMessagePayload } from '@/lib/domain/outbox-item';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from '@/lib/i18n/error-message';
import { AppError } from '@/lib/errors/app-error';
import { FormattedText } from './FormattedText';

/** Texts on their way (or refused), after the timeline, with retry and discard for a refused one. */
export function PendingTexts({ items }: { items: OutboxItem[] }) {
  if (items.length === 0) return null;
  return (
    <ol class="bubbles">
      {items.map((item) => (
        <li key={item.id} class="bubble agent pending" data-testid="pending-message" data-status={item.status}>
          <span class="bubble-meta small">{item.status === 'failed' ? t('conversation.notSent') : t('conversation.sending')}</span>
          <div class="bubble-body">
            <FormattedText text={(item.payload as TextMessagePayload).text} />
          </div>
          {item.status === 'failed' && (
            <div class="row">
              {item.lastError && <span class="small">{errorMessage(new AppError(item.lastError.code, item.lastError.code, { reason: item.lastError.reason }))}</span>}
              <button type="button" onClick={() => void rpc('outbox.retry', { ids: [item.id] })}>{t('common.retry')}</button>
              <button type="button" onClick={() => void rpc('outbox.discard', { id: item.id })}>{t('common.discard')}</button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
