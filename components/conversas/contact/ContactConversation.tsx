import { useState } from 'preact/hooks';
import { conversationState, WINDOW_MS } from '@/lib/domain/conversation-state';
import { awaitingReplySince } from '@/lib/domain/template-message';
import { plural, t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Modal } from '../../ui/Modal';
import { LoadingNotice } from '../../ui/LoadingNotice';
import { useConversation } from '@/lib/ui/hooks/use-conversation';
import { useTemplates } from '@/lib/ui/hooks/use-templates';
import { Timeline } from './Timeline';
import { Composer } from './Composer';
import { TemplateSender } from '../../templates/TemplateSender';
import { PendingTexts } from './PendingTexts';
import { usePendingTexts } from '@/lib/ui/hooks/use-pending-texts';
import { useClock, useRefreshWhileVisible } from '@/lib/ui/hooks/use-clock';
import './conversation.css';

/** How often an open conversation looks for new messages. */
const REFRESH_MS = 30_000;
/** How often while a message sent in the last minutes has no final delivery yet (WhatsApp answers in seconds). */
const DELIVERY_REFRESH_MS = 5_000;
const RECENT_MS = 10 * 60_000;

/**
 * A contact's conversation on one number: the timeline, which scrolls, and below it the composer for
 * its state, which stays in view. Without history the spec's dialog explains it first
 * (`noHistoryDialog`), or a notice does where the agent is only looking the contact up.
 */
export function ContactConversation({ installationId, identity, phone, noHistoryDialog = true }: { installationId: string; identity: string; phone: string; noHistoryDialog?: boolean }) {
  const conversation = useConversation(installationId, identity);
  const templates = useTemplates(installationId);
  // A delivered text stays as "on its way" until Blip lists it (its id is the message id).
  const listed = new Set(conversation.messages.map((message) => message.id));
  const pendingTexts = usePendingTexts(installationId, identity, listed, conversation.reload);
  const pending = pendingTexts.items;
  const [acknowledged, setAcknowledged] = useState(false);
  const [templateOpen, setTemplateOpen] = useState(false);
  const { snapshot } = conversation;
  const lastInbound = snapshot?.lastInboundAt ? Date.parse(snapshot.lastInboundAt) : undefined;
  const now = useClock(60_000, lastInbound === undefined ? undefined : lastInbound + WINDOW_MS);
  const awaitingDelivery = conversation.messages.some((message) => message.direction === 'sent' && message.status && !['consumed', 'failed'].includes(message.status) && Date.now() - Date.parse(message.date) < RECENT_MS);
  useRefreshWhileVisible(conversation.reload, awaitingDelivery ? DELIVERY_REFRESH_MS : REFRESH_MS);
  if (conversation.error !== undefined && !snapshot) return <ErrorNotice error={conversation.error} onRetry={conversation.retry} />;
  if (!snapshot && conversation.cancelled) {
    return (
      <div class="notice" role="status">
        <span>{t('loading.cancelled')}</span>
        <button type="button" onClick={conversation.retry}>{t('common.retry')}</button>
      </div>
    );
  }
  if (!snapshot) {
    const loading = <LoadingNotice since={conversation.loadingSince} onRetry={conversation.retry} onCancel={conversation.cancel} />;
    if (!conversation.kept) return loading;
    // What was read last time, at once; the composer waits for the conversation's state.
    return (
      <div class="conversation">
        <Timeline messages={conversation.messages} templates={templates} hasMore={false} loading={false} onLoadOlder={() => undefined} />
        {loading}
      </div>
    );
  }
  const state = conversationState(snapshot.ticket, lastInbound, snapshot.me, now, conversation.messages.length + pending.length > 0);
  if (state.kind === 'no-history' && !acknowledged && noHistoryDialog) {
    return (
      <Modal title={t('conversation.noHistoryTitle')} onClose={() => setAcknowledged(true)}>
        <p data-testid="no-history-modal">{t('conversation.noHistory')}</p>
        <button type="button" class="primary" onClick={() => setAcknowledged(true)}>{t('conversation.continue')}</button>
      </Modal>
    );
  }
  return (
    <div class={`conversation${state.kind === 'no-history' ? ' without-timeline' : ''}`}>
      {conversation.error !== undefined && <ErrorNotice error={conversation.error} onRetry={conversation.retry} />}
      {snapshot.unreadable ? <p class="notice warning small" data-testid="timeline-unreadable"><span>{plural('conversation.unreadable', snapshot.unreadable)}</span></p> : null}
      {state.kind === 'no-history' && !noHistoryDialog && <p class="notice"><span>{t('conversation.noHistory')}</span></p>}
      {state.kind !== 'no-history' && (
        <Timeline messages={conversation.messages} templates={templates} after={<PendingTexts items={pending} />} afterCount={pending.length} hasMore={conversation.hasMore} loading={conversation.loadingOlder} onLoadOlder={() => void conversation.loadOlder()} onSendTemplate={() => setTemplateOpen(true)} />
      )}
      {templateOpen && (
        <Modal title={t('templates.title')} onClose={() => setTemplateOpen(false)}>
          <TemplateSender installationId={installationId} phone={phone} identity={identity} onSent={conversation.reload} />
        </Modal>
      )}
      <Composer
        state={state}
        installationId={installationId}
        identity={identity}
        phone={phone}
        agentName={snapshot.ticket?.agentName}
        awaitingSince={awaitingReplySince(conversation.messages, lastInbound)}
        focusTemplates={acknowledged && noHistoryDialog}
        onSent={conversation.reload}
        onTextQueued={pendingTexts.track}
      />
    </div>
  );
}
