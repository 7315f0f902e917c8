import type { ActiveMessageResult } from '@/lib/rpc/contracts/templates';
import { t } from '@/lib/i18n/i18n';
import { useDelivery } from '@/lib/ui/hooks/use-delivery';
import { DeliveryBadge } from '../ui/DeliveryBadge';

/** After sending: where the customer's answer will go, and the message's delivery as WhatsApp reports it. */
export function SentResult({ installationId, result }: { installationId: string; result: ActiveMessageResult }) {
  const delivery = useDelivery(installationId, result.messageId);
  const failed = delivery?.state === 'failed';
  return (
    <div class={`notice ${failed ? 'error' : result.routedTo === 'desk' ? 'success' : 'warning'}`} role="status" data-testid="template-result" data-routed={result.routedTo}>
      <span>
        {failed ? t('templates.notDelivered') : result.routedTo === 'desk' ? t('templates.sent') : t('templates.sentToBot')}
        {delivery && (
          <>
            {' '}
            <DeliveryBadge delivery={delivery} />
          </>
        )}
      </span>
    </div>
  );
}
