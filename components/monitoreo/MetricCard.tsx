import { useContext } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import { formatDuration } from '@/lib/domain/timespan';
import { FigureAge } from './figure-age';

/** One figure of the board, with its age; clicking it opens the list behind it. */
export function MetricCard({ label, value, list, listName, onOpen, testId }: { label: string; value: string; list?: string; listName?: string; onOpen?: (list: string) => void; testId: string }) {
  const age = useContext(FigureAge);
  const body = (
    <>
      <span class="metric-value" data-testid={`metric-${testId}`}>{value}</span>
      <span class="metric-label">{label}</span>
      {age && <span class="metric-age" data-testid={`age-${testId}`}>{t('trends.figureAge', { age: formatDuration(Math.max(0, age.now - age.readAt)) })}</span>}
    </>
  );
  return list && onOpen ? (
    <button type="button" class="metric" onClick={() => onOpen(list)} title={t('monitoring.showList', { name: listName ?? '' })}>
      {body}
    </button>
  ) : (
    <div class="metric">{body}</div>
  );
}
