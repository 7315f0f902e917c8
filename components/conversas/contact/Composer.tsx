import { useState } from 'preact/hooks';
import type { ConversationState } from '@/lib/domain/conversation-state';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TemplateSender } from '../../templates/TemplateSender';
import { TextComposer } from './TextComposer';
import { agentEmailOf } from '@/lib/domain/agent-identity';

interface Props {
  state: ConversationState;
  installationId: string;
  identity: string;
  phone: string;
  agentName?: string;
  /** A template went out. */
  onSent: () => void;
  /** A text was queued (its id, its text). */
  onTextQueued: (id: string, text: string) => void;
}

/** The composer the spec gives each conversation state. */
export function Composer({ state, installationId, identity, phone, agentName, onSent, onTextQueued }: Props) {
  const [transfer, setTransfer] = useState<'idle' | 'sending' | 'done'>('idle');
  const [error, setError] = useState<unknown>();
  switch (state.kind) {
    case 'window-open':
      return <TextComposer installationId={installationId} identity={identity} expiresAt={state.expiresAt} onQueued={onTextQueued} />;
    case 'window-expired':
    case 'not-in-attendance':
    case 'no-history':
      return (
        <div class="composer" data-testid={`composer-${state.kind}`}>
          {state.kind !== 'no-history' && (
            <p class="notice warning" role="status"><span>{state.kind === 'window-expired' ? t('conversation.expired') : t('conversation.notInAttendance')}</span></p>
          )}
          <TemplateSender installationId={installationId} phone={phone} identity={identity} onSent={onSent} />
        </div>
      );
    case 'other-agent': {
      const agent = agentName ?? agentEmailOf(state.agentIdentity);
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
                rpc('conversation.requestTransfer', { installationId, ticketId: state.ticketId }).then(
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
  }
}

