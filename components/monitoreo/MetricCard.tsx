import { t } from '@/lib/i18n/i18n';

/** One figure of the board; clicking it opens the list behind it. */
export function MetricCard({ label, value, list, listName, onOpen, testId }: { label: string; value: string; list?: string; listName?: string; onOpen?: (list: string) => void; testId: string }) {
  const body = (
    <>
      <span class="metric-value" data-testid={`metric-${testId}`}>{value}</span>
      <span class="metric-label">{label}</span>
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
