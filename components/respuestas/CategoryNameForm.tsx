import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import { categoryNameProblem, REPLY_LIMITS } from '@/lib/domain/replies';
import { rpc } from '@/lib/rpc/client';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LimitedInput } from './LimitedInput';

/** Creates a category, or renames one (`id`); `others` are the names already taken. */
export function CategoryNameForm({ id, initial = '', others, submitLabel, onDone }: { id?: string; initial?: string; others: string[]; submitLabel: string; onDone: () => void }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const problem = categoryNameProblem(name, others);
  const inputId = id ? `category-name-${id}` : 'category-name-new';
  return (
    <form
      class="reply-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (problem || busy) return;
        setBusy(true);
        rpc('replies.saveCategory', { id, name })
          .then(() => {
            setName('');
            onDone();
          }, setError)
          .finally(() => setBusy(false));
      }}
    >
      <LimitedInput id={inputId} label={t('replies.categoryName')} value={name} max={REPLY_LIMITS.categoryName} problem={problem} onInput={setName} />
      {error !== undefined && <ErrorNotice error={error} />}
      <div class="row">
        <button type="submit" class="primary" disabled={Boolean(problem) || busy}>{submitLabel}</button>
        {id && <button type="button" onClick={onDone}>{t('common.cancel')}</button>}
      </div>
    </form>
  );
}
