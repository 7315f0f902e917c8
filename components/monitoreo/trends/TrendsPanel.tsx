import { useState } from 'preact/hooks';
import type { Installation } from '@/lib/domain/installation';
import { useTrends, type TrendPeriod } from '@/lib/ui/hooks/use-trends';
import { useAgentNames } from '@/lib/ui/hooks/use-agent-names';
import { agentsChart, hourlyChart, ticketsChart, timesChart } from '@/lib/ui/trend-charts';
import { t } from '@/lib/i18n/i18n';
import { errorMessage } from '@/lib/i18n/error-message';
import { TrendChart } from './TrendChart';
import './trends.css';

const PERIODS: Array<{ value: TrendPeriod; label: 'trends.today' | 'trends.week' | 'trends.month' }> = [
  { value: 'today', label: 'trends.today' },
  { value: 7, label: 'trends.week' },
  { value: 30, label: 'trends.month' },
];

/**
 * Trends of the board's numbers, closed until asked for (nothing is read, and the chart code is not
 * loaded, before): today's tickets per hour, or the last 7 or 30 days per day and per agent.
 */
export function TrendsPanel({ installations, ids }: { installations: Installation[]; ids: string[] }) {
  const [shown, setShown] = useState(false);
  const [period, setPeriod] = useState<TrendPeriod>('today');
  const state = useTrends(ids, period, shown);
  const agentName = useAgentNames(shown ? ids : []);
  const name = (id: string) => installations.find((installation) => installation.id === id)?.name ?? id;
  const charts = !shown ? [] : period === 'today' ? (state.hours ? [hourlyChart(state.hours, state.at ?? Date.now())] : []) : state.trend ? [ticketsChart(state.trend), timesChart(state.trend), agentsChart(state.trend, agentName)] : [];
  return (
    <details class="trends" data-testid="trends" onToggle={(event) => setShown(event.currentTarget.open)}>
      <summary>{t('trends.title')}</summary>
      <p class="small muted">{t('trends.intro')}</p>
      <div class="view-switch" role="group" aria-label={t('trends.period')}>
        {PERIODS.map((option) => (
          <button key={option.value} type="button" aria-pressed={period === option.value} onClick={() => setPeriod(option.value)}>
            {t(option.label)}
          </button>
        ))}
      </div>
      {state.loading && <p class="muted small" role="status">{t('common.loading')}</p>}
      {!state.loading && state.at !== undefined && <p class="muted small" data-testid="trends-updated">{t('trends.updated', { seconds: Math.max(0, Math.round((Date.now() - state.at) / 1000)) })}</p>}
      {Object.entries(state.failures).map(([id, error]) => (
        <div key={id} class="notice warning" role="alert"><span>{t('trends.stale', { number: name(id), error: errorMessage(error) })}</span></div>
      ))}
      {charts.map((data) => <TrendChart key={`${data.id}-${period}`} data={data} />)}
    </details>
  );
}
