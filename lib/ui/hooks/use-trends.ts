import { useEffect, useState } from 'preact/hooks';
import { rpc } from '../../rpc/client';
import { combineHours, combineTrends, localDay, type HourCount, type PeriodTrend } from '../../domain/trends';
import { toAppError, type SerializedError } from '../../errors/app-error';

/** What the trends show: today by hour, or the last 7 or 30 days. */
export type TrendPeriod = 'today' | 7 | 30;

export interface TrendsState {
  hours?: HourCount[];
  trend?: PeriodTrend;
  /** Numbers that could not be read, with why (the others are shown). */
  failures: Record<string, SerializedError>;
  loading: boolean;
  /** When the figures shown were read. */
  at?: number;
  reload(): void;
}

/**
 * Reads the trends of these numbers when `shown` (never before: the board opens without them), and
 * again when the numbers or the period change; several numbers are combined as the board combines them.
 */
export function useTrends(installationIds: string[], period: TrendPeriod, shown: boolean): TrendsState {
  const [state, setState] = useState<Omit<TrendsState, 'reload'>>({ failures: {}, loading: false });
  const [attempt, setAttempt] = useState(0);
  const key = installationIds.join(',');
  useEffect(() => {
    if (!shown || !installationIds.length) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    const done = <T extends { installationId: string; ok: boolean }>(results: T[], pick: (ok: Extract<T, { ok: true }>[]) => Partial<TrendsState>) => {
      if (!current) return;
      const failures = Object.fromEntries(results.filter((result) => !result.ok).map((result) => [result.installationId, (result as unknown as { error: SerializedError }).error]));
      setState({ ...pick(results.filter((result): result is Extract<T, { ok: true }> => result.ok)), failures, loading: false, at: Date.now() });
    };
    const failed = (error: unknown) => current && setState({ failures: Object.fromEntries(installationIds.map((id) => [id, toAppError(error).toJSON()])), loading: false });
    if (period === 'today') rpc('trends.today', { installationIds }).then((results) => done(results, (ok) => ({ hours: ok.length ? combineHours(ok.map((result) => result.hours)) : undefined })), failed);
    else rpc('trends.period', { installationIds, days: period, today: localDay(Date.now()) }).then((results) => done(results, (ok) => ({ trend: ok.length ? combineTrends(ok.map((result) => result.trend)) : undefined })), failed);
    return () => {
      current = false;
    };
  }, [key, period, shown, attempt]);
  return { ...state, reload: () => setAttempt((value) => value + 1) };
}
