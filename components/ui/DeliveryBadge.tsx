import type { Delivery } from '@/lib/domain/delivery';
import { t } from '@/lib/i18n/i18n';
import './delivery.css';

const ICON = { pending: '🕓', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠' } as const;

/**
 * Where a sent message stands: sending, sent, delivered, read, or not delivered with WhatsApp's
 * reason (server text, rendered as text). `data-delivery` lets tests and styles read the state.
 */
export function DeliveryBadge({ delivery }: { delivery: Delivery }) {
  return (
    <span class={`delivery ${delivery.state}`} data-testid="delivery" data-delivery={delivery.state} role={delivery.state === 'failed' ? 'status' : undefined}>
      <span aria-hidden="true">{ICON[delivery.state]}</span> {t(`delivery.${delivery.state}`)}
      {delivery.state === 'failed' && delivery.reason && <span class="delivery-reason"> · {t('delivery.reason', { reason: delivery.reason })}</span>}
    </span>
  );
}
