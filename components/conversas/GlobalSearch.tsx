import { useEffect, useRef } from 'preact/hooks';
import { useComputed } from '@preact/signals';
import type { AppModel } from '@/lib/ui/models/app-model';
import type { ContactRef } from '@/lib/domain/contact';
import { plural, t } from '@/lib/i18n/i18n';
import type { SearchModel } from '@/lib/ui/models/search-model';
import type { ContactCacheModel } from '@/lib/ui/models/contact-cache-model';
import { rpc } from '@/lib/rpc/client';
import { firstPaint } from '@/lib/ui/first-paint';
import { useFirstScreen } from '@/lib/ui/hooks/use-first-screen';
import { SearchResultItem } from './SearchResultItem';
import { SearchEmptyState } from './SearchEmptyState';
import { SyncProgress } from './SyncProgress';
import './conversas.css';

const LIMIT = 50;

interface Props {
  app: AppModel;
  search: SearchModel;
  contactCache: ContactCacheModel;
  onOpenContact: (contact: ContactRef) => void;
}

/**
 * The search box of Conversas: results as the agent types, across every attendant number, with the
 * combobox keyboard model (arrows move, Enter opens, Escape clears).
 */
export function GlobalSearch({ app, search: model, contactCache, onOpenContact }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Focus moves the page's layout: after the first paint, never before it.
    void firstPaint.then(() => input.current?.focus());
    // Opening the panel asks for fresh contacts (numbers synced moments ago are left); the search never waits for it.
    void rpc('contacts.sync', { opened: true }).catch(() => undefined);
  }, []);
  const installations = app.installations.value;
  const names = new Map(installations.map((installation) => [installation.id, installation.name]));
  const excluded = installations.filter((installation) => installation.role !== 'attendant');
  // The index count changes as the index is read: it updates the attribute alone, never the list.
  const indexed = useComputed(() => model.status.value.indexed);
  const results = model.results.value;
  const hasQuery = model.answered.value.trim().length > 0;
  // A new list draws its first screen of rows at once and the rest when the panel is idle.
  const drawn = useFirstScreen(results, model.active.value);
  const open = (index: number) => {
    const result = results[index];
    if (!result) return;
    onOpenContact({ installationIds: result.installationIds, identity: result.identity, phone: result.phone, name: result.name });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      model.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(model.active.value);
    } else if (event.key === 'Escape') {
      void model.run('');
    }
  };
  const expanded = hasQuery && results.length > 0;
  return (
    <section class="global-search" aria-labelledby="conversas-title" data-indexed={indexed} data-answered={model.answered.value}>
      <div class="view-head">
        <h2 id="conversas-title" tabIndex={-1} data-view-heading>{t('nav.conversas')}</h2>
        <div class="search-field">
          <label id="global-search-label" for="global-search-input" class="visually-hidden">{t('search.label')}</label>
          <input
            ref={input}
            id="global-search-input"
            type="search"
            role="combobox"
            list={undefined}
            autocomplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls="global-search-results"
            aria-activedescendant={expanded ? `search-result-${model.active.value}` : undefined}
            aria-describedby="global-search-scope"
            placeholder={t('search.placeholder')}
            value={model.query.value}
            onInput={(event) => void model.run(event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      <p id="global-search-scope" class="small muted scope">{t('search.scope')}</p>
      {excluded.length > 0 && excluded.length < installations.length && (
        <p class="small muted">{t('search.excluded', { numbers: excluded.map((installation) => installation.name).join(', ') })}</p>
      )}
      <SyncProgress installations={installations} states={contactCache.syncStates} status={model.status} />
      <p class="visually-hidden" aria-live="polite">{hasQuery ? resultsText(results.length) : ''}</p>
      {hasQuery && results.length === 0 && <SearchEmptyState installations={installations} cachedNumbers={contactCache.cachedNumbers} />}
      {expanded && (
        <>
          <p class="small muted" aria-hidden="true">{resultsText(results.length)}</p>
          <ul id="global-search-results" role="listbox" aria-label={t('search.results.label')} class="search-results">
            {results.slice(0, drawn).map((result, index) => (
              <SearchResultItem
                key={result.identity}
                id={`search-result-${index}`}
                result={result}
                numbers={result.installationIds.map((id) => names.get(id) ?? id)}
                active={index === model.active.value}
                onOpen={() => open(index)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function resultsText(count: number): string {
  return count >= LIMIT ? `${plural('search.results', count)} ${t('search.resultsMore', { count })}` : plural('search.results', count);
}
