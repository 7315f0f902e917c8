import { Megaphone } from 'lucide';
import type { ThreadMessage } from '@/lib/domain/ticket';
import type { Template } from '@/lib/domain/templates';
import { templateMessageText } from '@/lib/domain/template-message';
import { deliveryFromEvents, isWindowClosedFailure } from '@/lib/domain/delivery';
import { DeliveryBadge } from '../../ui/DeliveryBadge';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { FormattedText } from './FormattedText';
import { Icon } from '../../ui/Icon';

type Sender = 'customer' | 'bot' | 'agent';

function senderOf(message: ThreadMessage): Sender {
  if (message.direction === 'received') return 'customer';
  return message.metadata?.['#messageEmitter'] === 'Human' ? 'agent' : 'bot';
}

/**
 * One timeline message: who wrote it, when, its content (media as a link, http/https only; an active
 * message as the customer read it) and, for a sent message, its delivery; a text WhatsApp refused
 * because the 24 h window had closed offers to send a template instead.
 */
export function MessageBubble({ message, templates, onSendTemplate }: { message: ThreadMessage; templates: Template[]; onSendTemplate?: () => void }) {
  const sender = senderOf(message);
  const template = templateMessageText(message.content, templates);
  const delivery = message.direction === 'sent' && message.status ? deliveryFromEvents([{ event: message.status, reason: message.reason }]) : undefined;
  return (
    <li class={`bubble ${sender}${template ? ' template' : ''}`} data-testid="timeline-message" data-sender={sender}>
      <span class="bubble-meta small">
        {t(`conversation.${sender}`)} · <time dateTime={message.date}>{formatDateTime(message.date)}</time>
      </span>
      {template ? (
        <div class="bubble-body">
          <span class="template-mark small" data-testid="template-mark">
            <Icon icon={Megaphone} size={14} /> {t('conversation.templateMark', { name: template.name })}
          </span>
          {template.header && <strong class="template-header">{template.header}</strong>}
          <FormattedText text={template.body} />
          {template.footer && <small class="template-footer muted">{template.footer}</small>}
        </div>
      ) : (
        <div class="bubble-body">
          <Content message={message} />
        </div>
      )}
      {delivery && <DeliveryBadge delivery={delivery} />}
      {delivery && isWindowClosedFailure(delivery) && onSendTemplate && (
        <div class="row">
          <span class="small">{t('delivery.windowClosed')}</span>
          <button type="button" onClick={onSendTemplate}>{t('delivery.sendTemplate')}</button>
        </div>
      )}
    </li>
  );
}

function Content({ message }: { message: ThreadMessage }) {
  const { content, type } = message;
  if (typeof content === 'string') return <FormattedText text={content} />;
  const object = (content ?? {}) as { uri?: unknown; title?: unknown; text?: unknown };
  if (type === 'application/vnd.lime.media-link+json') {
    const safe = typeof object.uri === 'string' && /^https?:\/\//i.test(object.uri) ? object.uri : undefined;
    const label = typeof object.title === 'string' && object.title ? object.title : t('conversation.media');
    return safe ? <a href={safe} target="_blank" rel="noopener noreferrer">{label}</a> : <span>{label}</span>;
  }
  if (typeof object.text === 'string') return <FormattedText text={object.text} />;
  return <span class="muted">{t('conversation.unsupported', { type })}</span>;
}
