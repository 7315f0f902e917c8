import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { filterReplies } from '@/lib/domain/reply-filter';
import { foldText } from '@/lib/domain/text-fold';
import { REPLIES_PUT } from '@/lib/domain/outbox-item';
import { rpc } from '@/lib/rpc/client';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from '@/lib/i18n/error-message';
import { AppError } from '@/lib/errors/app-error';
import { usePaletteShortcut } from '@/lib/ui/hooks/use-palette-shortcut';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CategoryNameForm } from './CategoryNameForm';
import { CategoryCard } from './CategoryCard';
import { ConflictNotice } from './ConflictNotice';
import { CsvTools } from './CsvTools';
import './respuestas.css';
import type { DeskDelivery } from '@/lib/rpc/contracts/desk';

/** "Respuestas listas": categories and replies, the same on every number, with search, CSV and conflicts. */
export function RespuestasSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const { categories, conflicts } = models.replies;
  const [query, setQuery] = useState('');
  const [error, setError] = useState<unknown>();
  const [inserted, setInserted] = useState<DeskDelivery>();
  const [syncFailures, setSyncFailures] = useState<Array<{ installationId: string; error: AppError }>>([]);
  const shortcut = usePaletteShortcut();

  useEffect(() => {
    rpc('replies.sync', {}).then(
      (results) => setSyncFailures(results.flatMap(({ installationId, error: failure }) => (failure ? [{ installationId, error: new AppError(failure.code, failure.message, failure.details) }] : []))),
      setError,
    );
  }, []);

  const names = new Map(app.installations.value.map((installation) => [installation.id, installation.name]));
  const pending = [...new Set(app.outbox.value.filter((item) => item.kind === REPLIES_PUT).map((item) => names.get(item.installationId) ?? item.installationId))];
  const list = categories.value;
  const searching = query.trim().length > 0;
  const folded = foldText(query.trim());
  // A category whose name matches shows all its replies; otherwise only the replies that match.
  const visible = list
    .map((category) => ({ category, shown: !searching || foldText(category.name).includes(folded) ? category.replies : filterReplies(category.replies, query) }))
    .filter(({ category, shown }) => !searching || shown.length > 0 || foldText(category.name).includes(folded));
  const onError = (caught: unknown) => {
    setInserted(undefined);
    setError(caught);
  };
  const onInserted = (result: DeskDelivery) => {
    setError(undefined);
    setInserted(result);
  };

  return (
    <section class="respuestas" aria-labelledby="replies-title">
      <div class="view-head">
        <h2 id="replies-title" tabIndex={-1} data-view-heading>{t('replies.title')}</h2>
      </div>
      <p class="small muted intro">{t('replies.intro')}</p>
      <p class="small muted">{t('replies.shortcut', { shortcut })}</p>
      {syncFailures.map((failure) => (
        <p key={failure.installationId} class="notice warning" role="status"><span>{t('replies.syncFailed', { number: names.get(failure.installationId) ?? '', error: errorMessage(failure.error) })}</span></p>
      ))}
      {pending.length > 0 && <p class="small muted" role="status" data-testid="replies-pending">{t('replies.pending', { numbers: pending.join(', ') })}</p>}
      {conflicts.value.map((conflict) => (
        <ConflictNotice key={`${conflict.categoryId}-${conflict.installationId}`} conflict={conflict} mine={list.find((category) => category.id === conflict.categoryId)} number={names.get(conflict.installationId) ?? ''} onError={onError} />
      ))}
      {error !== undefined && <ErrorNotice error={error} />}
      {inserted && (
        <p class={`notice ${inserted === 'refused' ? 'warning' : 'success'}`} role="status">
          <span>{t(`replies.${inserted}`)}</span>
        </p>
      )}
      <details class="new-category">
        <summary>{t('replies.newCategory')}</summary>
        <CategoryNameForm others={list.map((category) => category.name)} submitLabel={t('replies.createCategory')} onDone={() => undefined} />
      </details>
      <label class="field">
        {t('replies.search')}
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      {categories.loaded.value && list.length === 0 && <p class="notice">{t('replies.empty')}</p>}
      {searching && visible.length === 0 && <p class="muted" role="status">{t('replies.noMatch')}</p>}
      {visible.map(({ category, shown }, index) => (
        <CategoryCard
          key={category.id}
          category={category}
          shown={shown}
          otherNames={list.filter((other) => other.id !== category.id).map((other) => other.name)}
          first={index === 0}
          last={index === visible.length - 1}
          searching={searching}
          onError={onError}
          onInserted={onInserted}
        />
      ))}
      <CsvTools categories={list} />
    </section>
  );
}
