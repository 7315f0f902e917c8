import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { formatDuration } from '@/lib/domain/timespan';
import { formatNumber, t } from '@/lib/i18n/i18n';
import { useAgentNames } from '@/lib/ui/hooks/use-agent-names';
import { FailureBanners } from './FailureBanners';
import { MetricCard } from './MetricCard';
import { LoadingNotice } from '../ui/LoadingNotice';
import { DetailLists, type ListName } from './DetailLists';
import { FigureAge } from './figure-age';
import { TrendsPanel } from './trends/TrendsPanel';
import { AlertSettings } from '../alerts/AlertSettings';
import './monitoreo.css';

const ALL = 'all';

/** "Monitoreo": today's live figures for one number or all of them, with the lists behind them. */
export function MonitoringSection({ models }: { models: SidePanelModels }) {
  const { app } = models;
  const model = models.monitoring;
  const installations = app.installations.value;
  const [choice, setChoice] = useState<string>(() => models.navigation.takeMonitoringNumber() ?? app.selected.value?.id ?? ALL);
  // An alert followed while the board is shown: show its number.
  useEffect(() => models.navigation.monitoringNumber.subscribe((id) => id && setChoice(models.navigation.takeMonitoringNumber() ?? id)), []);
  const [list, setList] = useState<ListName>('open');
  const [, tick] = useState(0);
  const agentName = useAgentNames(installations.map((installation) => installation.id));

  useEffect(() => {
    model.start();
    const clock = setInterval(() => tick((value) => value + 1), 1000);
    return () => {
      model.stop();
      clearInterval(clock);
    };
  }, [model]);
  const ids = choice === ALL ? installations.map((installation) => installation.id) : [choice];
  const idsKey = ids.join(',');
  useEffect(() => {
    if (ids.length) model.setScope(ids);
  }, [idsKey]);

  const figures = model.figures.value;
  const updatedAt = model.updatedAt.value;
  const open = (name: string) => {
    setList(name as ListName);
    document.getElementById('monitoring-details-region')?.scrollIntoView({ block: 'start' });
  };
  const name = (id: string) => installations.find((installation) => installation.id === id)?.name ?? id;
  return (
    <section aria-labelledby="monitoring-title" class="monitoring">
      <div class="view-head">
        <h2 id="monitoring-title" tabIndex={-1} data-view-heading>{t('monitoring.title')}</h2>
      </div>
      <div class="row">
        <label>
          <span class="visually-hidden">{t('monitoring.scope')}</span>
          <select value={choice} onChange={(event) => setChoice(event.currentTarget.value)} aria-label={t('monitoring.scope')}>
            <option value={ALL}>{t('monitoring.allNumbers')}</option>
            {installations.map((installation) => (
              <option key={installation.id} value={installation.id}>{installation.name}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void model.refresh()} disabled={model.refreshing.value}>{t('monitoring.refresh')}</button>
        {updatedAt !== undefined && <span class="small muted" role="status" data-testid="monitoring-updated">{t('monitoring.updated', { seconds: Math.max(0, Math.round((Date.now() - updatedAt) / 1000)) })}</span>}
      </div>
      <FailureBanners failures={model.failures.value} readAt={model.readAt.value} name={name} />
      {!figures ? (
        model.refreshing.value && <LoadingNotice onRetry={() => void model.refresh()} />
      ) : (
        <FigureAge.Provider value={updatedAt === undefined ? undefined : { readAt: updatedAt, now: Date.now() }}>
          <div class="metrics">
            <MetricCard testId="waiting" label={t('monitoring.waiting')} value={formatNumber(figures.waiting)} list="waiting" listName={t('monitoring.list.waiting')} onOpen={open} />
            <MetricCard testId="max-queue" label={t('monitoring.maxQueue')} value={formatDuration(figures.maxQueueTime)} list="waiting" listName={t('monitoring.list.waiting')} onOpen={open} />
            <MetricCard testId="open" label={t('monitoring.open')} value={formatNumber(figures.open)} list="open" listName={t('monitoring.list.open')} onOpen={open} />
            <MetricCard testId="avg-first-response" label={t('monitoring.avgFirstResponse')} value={formatDuration(figures.avgFirstResponseTime)} list="open" listName={t('monitoring.list.open')} onOpen={open} />
            <MetricCard testId="max-first-response" label={t('monitoring.maxFirstResponse')} value={formatDuration(figures.maxFirstResponseTime)} list="open" listName={t('monitoring.list.open')} onOpen={open} />
            <MetricCard testId="avg-response" label={t('monitoring.avgResponse')} value={formatDuration(figures.avgResponseTime)} list="agents" listName={t('monitoring.list.agents')} onOpen={open} />
            <MetricCard testId="avg-attendance" label={t('monitoring.avgAttendance')} value={formatDuration(figures.avgAttendanceTime)} list="tags" listName={t('monitoring.list.tags')} onOpen={open} />
          </div>
          <h3>{t('monitoring.today')}</h3>
          <div class="metrics">
            <MetricCard testId="today-total" label={t('monitoring.total')} value={formatNumber(figures.today.total)} />
            <MetricCard testId="today-open" label={t('monitoring.todayOpen')} value={formatNumber(figures.today.open)} list="open" listName={t('monitoring.list.open')} onOpen={open} />
            <MetricCard testId="today-closed" label={t('monitoring.todayClosed')} value={formatNumber(figures.today.closed)} list="tags" listName={t('monitoring.list.tags')} onOpen={open} />
            <MetricCard testId="today-abandoned" label={t('monitoring.abandoned')} value={formatNumber(figures.today.abandoned)} />
            <MetricCard testId="today-lost" label={t('monitoring.lost')} value={formatNumber(figures.today.lost)} />
          </div>
          <h3>{t('monitoring.agents')}</h3>
          <div class="metrics">
            <MetricCard testId="per-agent" label={t('monitoring.perAgent')} value={formatNumber(figures.agents.ticketsPerAgent, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} list="agents" listName={t('monitoring.list.agents')} onOpen={open} />
            <MetricCard testId="online" label={t('monitoring.online')} value={formatNumber(figures.agents.online)} list="agents" listName={t('monitoring.list.agents')} onOpen={open} />
            <MetricCard testId="paused" label={t('monitoring.paused')} value={formatNumber(figures.agents.paused)} list="agents" listName={t('monitoring.list.agents')} onOpen={open} />
            <MetricCard testId="invisible" label={t('monitoring.invisible')} value={formatNumber(figures.agents.invisible)} list="agents" listName={t('monitoring.list.agents')} onOpen={open} />
          </div>
          <DetailLists lists={model.lists.value} current={list} onSelect={setList} numberName={choice === ALL && installations.length > 1 ? name : undefined} agentName={agentName} />
        </FigureAge.Provider>
      )}
      <TrendsPanel installations={installations} ids={ids} />
      <AlertSettings models={models} scope={choice === ALL ? undefined : choice} />
    </section>
  );
}
