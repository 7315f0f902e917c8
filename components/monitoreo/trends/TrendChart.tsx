import { chartCsv, type ChartData } from '@/lib/domain/chart-data';
import { localDay } from '@/lib/domain/trends';
import { useChart } from '@/lib/ui/hooks/use-chart';
import { downloadText } from '@/lib/ui/actions/download-file';
import { t } from '@/lib/i18n/i18n';
import { ChartTable } from './ChartTable';

/**
 * One chart: its title, the drawing (an image to assistive technology, described by its title), the
 * same figures as a table, and a CSV of exactly what it shows.
 */
export function TrendChart({ data }: { data: ChartData }) {
  const { ref, failed } = useChart(data);
  const titleId = `chart-${data.id}-title`;
  return (
    <figure class="trend-chart" data-chart={data.id} aria-labelledby={titleId}>
      <figcaption id={titleId}>{data.title}</figcaption>
      <div role="img" aria-label={t('trends.chartOf', { title: data.title })} class="chart-frame">
        <div ref={ref} class="chart-canvas" aria-hidden="true" />
      </div>
      {failed !== undefined && <p class="notice warning"><span>{t('trends.chartFailed')}</span></p>}
      <details class="chart-details">
        <summary>{t('trends.table')}</summary>
        <ChartTable data={data} />
      </details>
      <button type="button" class="link-button" onClick={() => downloadText(`${data.id}-${localDay(Date.now())}.csv`, chartCsv(data))} aria-label={t('trends.csvOf', { title: data.title })}>
        {t('trends.csv')}
      </button>
    </figure>
  );
}
