import { useState } from 'preact/hooks';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** A contact attended by another agent: who, and the request to transfer the conversation. */
export function TransferRequest({ installationId, ticketId, agent }: { installationId: string; ticketId: string; agent: string }) {
  const [transfer, setTransfer] = useState<'idle' | 'sending' | 'done'>('idle');
  const [error, setError] = useState<unknown>();
  return (
    <div class="composer" data-testid="composer-other-agent">
      <p class="notice warning" role="status"><span>{t('conversation.otherAgent', { agent })}</span></p>
      {error !== undefined && <ErrorNotice error={error} />}
      {transfer === 'done' ? (
        <p class="notice success" role="status"><span>{t('conversation.transferRequested', { agent })}</span></p>
      ) : (
        <button
          type="button"
          disabled={transfer === 'sending'}
          onClick={() => {
            setTransfer('sending');
            rpc('conversation.requestTransfer', { installationId, ticketId }).then(
              () => setTransfer('done'),
              (caught: unknown) => {
                setError(caught);
                setTransfer('idle');
              },
            );
          }}
        >
          {t('conversation.requestTransfer')}
        </button>
      )}
    </div>
  );
}
