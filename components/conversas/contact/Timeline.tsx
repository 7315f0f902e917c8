import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ThreadMessage } from '@/lib/domain/ticket';
import type { Template } from '@/lib/domain/templates';
import { t } from '@/lib/i18n/i18n';
import { MessageBubble } from './MessageBubble';

interface Props {
  messages: ThreadMessage[];
  /** The number's templates: sent active messages show their text. */
  templates: Template[];
  /** Shown after the messages: what is still on its way (`afterCount` items, to keep them in view). */
  after?: ComponentChildren;
  afterCount?: number;
  hasMore: boolean;
  loading: boolean;
  onLoadOlder: () => void;
  /** Offered on a text WhatsApp refused after the 24 h window closed. */
  onSendTemplate?: () => void;
}

/**
 * The 90-day timeline, newest at the bottom. Scrolling to the top loads the previous page and keeps
 * the reading position; a button does the same from the keyboard.
 */
export function Timeline({ messages, templates, after, afterCount = 0, hasMore, loading, onLoadOlder, onSendTemplate }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const previous = useRef<{ first?: string; height: number }>({ height: 0 });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const first = messages[0]?.id;
    if (previous.current.first && first !== previous.current.first) element.scrollTop += element.scrollHeight - previous.current.height;
    else element.scrollTop = element.scrollHeight;
    previous.current = { first, height: element.scrollHeight };
  }, [messages.length, messages[0]?.id, messages.at(-1)?.id, afterCount]);
  return (
    <div
      class="timeline"
      ref={scroller}
      role="region"
      tabIndex={0}
      aria-label={t('conversation.timeline')}
      onScroll={(event) => {
        if (event.currentTarget.scrollTop < 40 && hasMore && !loading) onLoadOlder();
      }}
    >
      <p class="small muted timeline-note">{t('conversation.olderNote')}</p>
      {hasMore && (
        <button type="button" onClick={onLoadOlder} disabled={loading}>
          {loading ? t('common.loading') : t('conversation.loadOlder')}
        </button>
      )}
      {messages.length === 0 && !after ? <p class="muted">{t('conversation.empty')}</p> : <ol class="bubbles">{messages.map((message) => <MessageBubble key={message.id} message={message} templates={templates} onSendTemplate={onSendTemplate} />)}</ol>}
      {after}
    </div>
  );
}
