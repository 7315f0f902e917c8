import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import type { Ticket } from '@/lib/domain/ticket';
import { rpc } from '@/lib/rpc/client';
import { plural, t } from '@/lib/i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LoadingNotice } from '../ui/LoadingNotice';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { defaultFilters, type HistoryFilterValues } from '@/lib/ui/forms/history-filters';
import './historial.css';

const PAGE_SIZE = 20;

/** "Historial de atenciones": the selected number's tickets of the last 3 months, filtered and paged. */
export function HistorySection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const installationId = app.selected.value?.id;
  const [filters, setFilters] = useState<HistoryFilterValues>(() => defaultFilters());
  const [pageIndex, setPageIndex] = useState(0);
  const [result, setResult] = useState<{ items: Ticket[]; total?: number }>();
  const [agents, setAgents] = useState<Array<{ identity: string; name: string }>>([]);
  const [customerNames, setCustomerNames] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setPageIndex(0);
    setAgents([]);
    if (installationId) rpc('history.agents', { installationId }).then(setAgents, () => undefined);
  }, [installationId]);

  useEffect(() => {
    if (!installationId) return;
    let current = true;
    setResult(undefined);
    setError(undefined);
    rpc('history.list', {
      installationId,
      from: filters.from,
      to: filters.to,
      status: filters.status || undefined,
      agentIdentity: filters.agentIdentity || undefined,
      customer: filters.customer.trim() || undefined,
      skip: pageIndex * PAGE_SIZE,
      take: PAGE_SIZE,
    }).then(
      (page) => current && setResult(page),
      (caught: unknown) => current && setError(caught),
    );
    return () => {
      current = false;
    };
  }, [installationId, filters, pageIndex, attempt]);

  // Customers' names come from the contact index once the panel has read it, and again as it grows.
  const indexed = models.search.status.value.indexed;
  useEffect(() => {
    if (!result?.items.length) return;
    let current = true;
    models.search.names(result.items.map((ticket) => ticket.customerIdentity)).then((names) => current && setCustomerNames(names), () => undefined);
    return () => {
      current = false;
    };
  }, [result, indexed]);

  if (!installationId) return null;
  const agentNames = Object.fromEntries(agents.map((agent) => [agent.identity, agent.name]));
  const hasNext = result ? (result.total !== undefined ? (pageIndex + 1) * PAGE_SIZE < result.total : result.items.length === PAGE_SIZE) : false;
  return (
    <section aria-labelledby="history-title" class="history">
      <div class="view-head">
        <h2 id="history-title" tabIndex={-1} data-view-heading>{t('history.title')}</h2>
      </div>
      <p class="muted small intro">{t('history.intro')}</p>
      <HistoryFilters key={installationId} initial={filters} agents={agents} onApply={(values) => { setFilters(values); setPageIndex(0); }} />
      {error !== undefined && <ErrorNotice error={error} onRetry={() => setAttempt(attempt + 1)} />}
      {!result && error === undefined && <LoadingNotice key={attempt} onRetry={() => setAttempt(attempt + 1)} />}
      {result && result.items.length === 0 && <p class="muted" role="status">{t('history.empty')}</p>}
      {result && result.items.length > 0 && (
        <>
          <p class="small muted" role="status">{result.total !== undefined ? plural('history.count', result.total) : t('history.pageOf', { page: pageIndex + 1 })}</p>
          <HistoryList installationId={installationId} tickets={result.items} customerNames={customerNames} agentNames={agentNames} />
          <nav class="row pager" aria-label={t('history.pageOf', { page: pageIndex + 1 })}>
            <button type="button" disabled={pageIndex === 0} onClick={() => setPageIndex(pageIndex - 1)}>{t('history.previous')}</button>
            <span>{t('history.pageOf', { page: pageIndex + 1 })}</span>
            <button type="button" disabled={!hasNext} onClick={() => setPageIndex(pageIndex + 1)}>{t('history.next')}</button>
          </nav>
        </>
      )}
    </section>
  );
}
