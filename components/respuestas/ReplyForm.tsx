import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import { REPLY_LIMITS, replyTextProblem, replyTitleProblem, type ReadyReply } from '@/lib/domain/replies';
import { variablesIn } from '@/lib/domain/reply-variables';
import { rpc } from '@/lib/rpc/client';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Field } from '../ui/Field';
import { LimitedInput } from './LimitedInput';

/** Adds a reply to a category or edits one: title (≤ 30) and text (text only, no limit). */
export function ReplyForm({ categoryId, reply, otherTitles, onDone }: { categoryId: string; reply?: ReadyReply; otherTitles: string[]; onDone: () => void }) {
  const [title, setTitle] = useState(reply?.title ?? '');
  const [text, setText] = useState(reply?.text ?? '');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const titleProblem = replyTitleProblem(title, otherTitles);
  const textProblem = replyTextProblem(text);
  const unknown = variablesIn(text).unknown;
  const key = reply?.id ?? `new-${categoryId}`;
  return (
    <form
      class="reply-form"
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (titleProblem || textProblem || busy) return;
        setBusy(true);
        rpc('replies.saveReply', { categoryId, id: reply?.id, title, text }).then(onDone, setError).finally(() => setBusy(false));
      }}
    >
      <LimitedInput id={`reply-title-${key}`} label={t('replies.replyTitle')} value={title} max={REPLY_LIMITS.title} problem={touched || title ? titleProblem : undefined} onInput={setTitle} />
      <Field id={`reply-text-${key}`} label={t('replies.replyText')} help={t('replies.textHelp')} error={touched && textProblem ? t('common.required') : unknown.length ? t('replies.unknownVariables', { names: unknown.map((name) => `{{${name}}}`).join(', ') }) : undefined}>
        {(describedBy) => <textarea id={`reply-text-${key}`} rows={4} value={text} aria-describedby={describedBy} aria-invalid={touched && Boolean(textProblem)} onInput={(event) => setText(event.currentTarget.value)} />}
      </Field>
      {error !== undefined && <ErrorNotice error={error} />}
      <div class="row">
        <button type="submit" class="primary" disabled={busy || Boolean(titleProblem && title)}>{t('common.save')}</button>
        <button type="button" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
