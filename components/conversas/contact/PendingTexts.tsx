import type { OutboxItem, TextMessagePayload } from '@/lib/domain/outbox-item';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { outboxErrorMessage } from '@/lib/i18n/error-message';
import { FormattedText } from './FormattedText';

/** A text waits behind an earlier one to this contact that was refused (texts never overtake each other). */
function behindFailed(items: OutboxItem[], index: number): boolean {
  return items.slice(0, index).some((earlier) => earlier.status === 'failed');
}

/** Texts on their way (or refused), after the timeline, with retry and discard for a refused one. */
export function PendingTexts({ items }: { items: OutboxItem[] }) {
  if (items.length === 0) return null;
  return (
    <ol class="bubbles">
      {items.map((item, index) => (
        <li key={item.id} class="bubble agent pending" data-testid="pending-message" data-status={item.status}>
          <span class="bubble-meta small">{item.status === 'failed' ? t('conversation.notSent') : behindFailed(items, index) ? t('outbox.behind') : t('conversation.sending')}</span>
          <div class="bubble-body">
            <FormattedText text={(item.payload as TextMessagePayload).text} />
          </div>
          {item.status === 'failed' && (
            <div class="row">
              {item.lastError && <span class="small">{outboxErrorMessage(item.lastError)}</span>}
              <button type="button" onClick={() => void rpc('outbox.retry', { ids: [item.id] })}>{t('common.retry')}</button>
              <button type="button" onClick={() => void rpc('outbox.discard', { id: item.id })}>{t('common.discard')}</button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
