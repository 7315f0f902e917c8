import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartData } from '../../domain/chart-data';

/** The chart module, loaded once and only when the first chart is shown. */
let charts: Promise<typeof import('../../charts/uplot-chart')> | undefined;
const loadCharts = () => (charts ??= import('../../charts/uplot-chart'));

/** The page's colors for charts, from its CSS variables (light or dark theme). */
function themeOf(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { text: read('--fg'), grid: read('--border'), series: [1, 2, 3, 4].map((index) => read(`--chart-${index}`)) };
}

/**
 * Draws `data` into the returned element ref: loads the chart module on first use, follows the
 * container's width and redraws when the color scheme changes. `failed` is set when the module could
 * not be loaded (the table still shows the figures).
 */
export function useChart(data: ChartData) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<unknown>();
  const [scheme, setScheme] = useState(0);
  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const changed = () => setScheme((value) => value + 1);
    media.addEventListener('change', changed);
    return () => media.removeEventListener('change', changed);
  }, []);
  useEffect(() => {
    const target = ref.current;
    if (!target) return;
    let chart: { setWidth(width: number): void; destroy(): void } | undefined;
    let gone = false;
    const observer = new ResizeObserver(() => chart?.setWidth(target.clientWidth));
    loadCharts().then(
      ({ drawChart }) => {
        if (gone) return;
        const theme = themeOf(target);
        chart = drawChart(target, data, theme, target.clientWidth || 300);
        // Which colors it was drawn with (a canvas keeps no trace of them).
        target.dataset.drawnWith = theme.text;
        observer.observe(target);
      },
      setFailed,
    );
    return () => {
      gone = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [data, scheme]);
  return { ref, failed };
}
