import { useState } from 'preact/hooks';
import type { ConversationState } from '@/lib/domain/conversation-state';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { TemplateSender } from '../../templates/TemplateSender';
import { TextComposer } from './TextComposer';
import { TransferRequest } from './TransferRequest';
import { agentEmailOf } from '@/lib/domain/agent-identity';

interface Props {
  state: ConversationState;
  installationId: string;
  identity: string;
  phone: string;
  agentName?: string;
  /** The latest active message sent since the customer last wrote (ISO date): the agent waits for an answer. */
  awaitingSince?: string;
  /** Put the focus on the first step of the template flow (the agent just confirmed the no-history dialog). */
  focusTemplates?: boolean;
  /** A template went out. */
  onSent: () => void;
  /** A text was queued (its id, its text). */
  onTextQueued: (id: string, text: string) => void;
}

/**
 * The composer the spec gives each conversation state. Where only an active message can resume the
 * conversation it says why, and once one went out it says what happens next instead: the 24 h window
 * opens when the customer answers.
 */
export function Composer({ state, installationId, identity, phone, agentName, awaitingSince, focusTemplates, onSent, onTextQueued }: Props) {
  const [sentHere, setSentHere] = useState(false);
  const [another, setAnother] = useState(false);
  switch (state.kind) {
    case 'window-open':
      return <TextComposer installationId={installationId} identity={identity} expiresAt={state.expiresAt} onQueued={onTextQueued} />;
    case 'window-expired':
    case 'not-in-attendance':
    case 'no-history': {
      const waiting = sentHere || awaitingSince !== undefined;
      const why = state.kind === 'window-expired' ? t('conversation.expired') : state.kind === 'not-in-attendance' ? t('conversation.notInAttendance') : undefined;
      return (
        <div class="composer" data-testid={`composer-${state.kind}`}>
          {waiting ? (
            <p class="notice" role="status" data-testid="composer-awaiting">
              <span>{awaitingSince ? t('conversation.awaitingSince', { date: formatDateTime(awaitingSince) }) : t('conversation.awaiting')}</span>
            </p>
          ) : (
            why && <p class="notice warning" role="status"><span>{why}</span></p>
          )}
          {waiting && !sentHere && !another ? (
            <button type="button" onClick={() => setAnother(true)}>{t('conversation.sendAnother')}</button>
          ) : (
            <TemplateSender
              installationId={installationId}
              phone={phone}
              identity={identity}
              autoFocus={focusTemplates || another}
              onSent={() => {
                setSentHere(true);
                onSent();
              }}
            />
          )}
        </div>
      );
    }
    case 'other-agent':
      return <TransferRequest installationId={installationId} ticketId={state.ticketId} agent={agentName ?? agentEmailOf(state.agentIdentity)} />;
  }
}
