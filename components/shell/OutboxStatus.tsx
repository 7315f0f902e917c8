import { useState } from 'preact/hooks';
import type { OutboxItem } from '@/lib/domain/outbox-item';
import { writesToMention } from '@/lib/domain/outbox-notice';
import { useClock } from '@/lib/ui/hooks/use-clock';
import { rpc } from '@/lib/rpc/client';
import { t, formatDateTime, plural } from '@/lib/i18n/i18n';
import { outboxErrorMessage } from '@/lib/i18n/error-message';
import type { MessageKey } from '@/lib/i18n/messages';

/**
 * Says when writes are waiting or failed, lists them, and offers retry / discard. A write that is
 * simply on its way is not mentioned for its first moments (see QUIET_WRITE_MS).
 */
export function OutboxStatus({ items: queued, onError }: { items: OutboxItem[]; onError: (error: unknown) => void }) {
  const [open, setOpen] = useState(false);
  const { items, nextAt } = writesToMention(queued, Date.now());
  // Draws again when the next quiet write becomes worth mentioning.
  useClock(60_000, nextAt);
  if (items.length === 0) return null;
  const failed = items.filter((item) => item.status === 'failed').length;
  const summary = failed ? plural('outbox.failed', failed) : plural('outbox.pending', items.length);
  return (
    <div class={`notice ${failed ? 'error' : 'warning'}`} role="status" data-testid="outbox-status">
      <span>{summary}</span>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('outbox.title')}
      </button>
      <button type="button" onClick={() => rpc('outbox.retry', {}).catch(onError)}>
        {t('common.retry')}
      </button>
      {open && (
        <ul class="outbox-list">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{t(`outbox.kind.${item.kind}` as MessageKey)}</strong> · {formatDateTime(item.createdAt)}
              {item.lastError && (
                <div class="small">{t('outbox.lastError', { error: outboxErrorMessage(item.lastError) })}</div>
              )}
              {item.status === 'failed' && (
                <button type="button" class="danger" onClick={() => rpc('outbox.discard', { id: item.id }).catch(onError)}>
                  {t('common.discard')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
