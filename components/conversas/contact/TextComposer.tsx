import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { formatDuration } from '@/lib/domain/timespan';
import { ErrorNotice } from '../../ui/ErrorNotice';

interface Props {
  installationId: string;
  identity: string;
  expiresAt: number;
  /** The text is safely in the outbox (its id is the message id). */
  onQueued: (id: string, text: string) => void;
}

/**
 * Free text while the 24 h window is open, with the time left; Enter sends, Shift+Enter breaks the
 * line. Sending queues the message (it shows as on its way until Blip has it).
 */
export function TextComposer({ installationId, identity, expiresAt, onQueued }: Props) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [now, setNow] = useState(Date.now());
  const requestId = useMemo(() => crypto.randomUUID(), [text === '']);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const send = async () => {
    if (!text.trim() || sending) return;
    setSending(true);
    setError(undefined);
    try {
      await rpc('conversation.sendText', { installationId, identity, text, requestId });
      onQueued(requestId, text);
      setText('');
      // Sent with the button or with Enter: the agent goes on writing in the box.
      box.current?.focus();
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="text-composer" onSubmit={(event) => { event.preventDefault(); void send(); }} data-testid="text-composer">
      {error !== undefined && <ErrorNotice error={error} onRetry={() => void send()} />}
      <label class="visually-hidden" for="composer-text">{t('conversation.message')}</label>
      <textarea
        ref={box}
        id="composer-text"
        rows={2}
        value={text}
        maxLength={4096}
        placeholder={t('conversation.messagePlaceholder')}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            void send();
          }
        }}
      />
      <div class="row">
        <span class="small muted">{t('conversation.windowLeft', { time: formatDuration(Math.max(0, expiresAt - now)) })}</span>
        <button type="submit" class="primary" disabled={!text.trim() || sending}>{t('conversation.send')}</button>
      </div>
    </form>
  );
}
