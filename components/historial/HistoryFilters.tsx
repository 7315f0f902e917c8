import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';
import { TICKET_STATUSES } from '@/lib/domain/history-filter';
import type { MessageKey } from '@/lib/i18n/messages';
import { oldestDay, periodProblem, type HistoryFilterValues } from '@/lib/ui/forms/history-filters';

/** Period, status, agent and customer; applied on submit (Enter works in any field). */
export function HistoryFilters({ initial, agents, onApply }: { initial: HistoryFilterValues; agents: Array<{ identity: string; name: string }>; onApply: (values: HistoryFilterValues) => void }) {
  const [values, setValues] = useState(initial);
  const problem = periodProblem(values);
  const set = (field: keyof HistoryFilterValues) => (event: Event) => setValues({ ...values, [field]: (event.currentTarget as HTMLInputElement).value });
  return (
    <form
      class="history-filters"
      onSubmit={(event) => {
        event.preventDefault();
        if (!problem) onApply(values);
      }}
    >
      <label>
        {t('history.from')}
        <input type="date" value={values.from} min={oldestDay()} max={values.to} onInput={set('from')} aria-invalid={Boolean(problem)} />
      </label>
      <label>
        {t('history.to')}
        <input type="date" value={values.to} min={values.from} onInput={set('to')} aria-invalid={Boolean(problem)} />
      </label>
      <label>
        {t('history.status')}
        <select value={values.status} onChange={set('status')}>
          <option value="">{t('history.anyStatus')}</option>
          {TICKET_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('history.agent')}
        <select value={values.agentIdentity} onChange={set('agentIdentity')}>
          <option value="">{t('history.anyAgent')}</option>
          {agents.map((agent) => (
            <option key={agent.identity} value={agent.identity}>
              {agent.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('history.customer')}
        <input type="search" value={values.customer} maxLength={80} onInput={set('customer')} />
      </label>
      {problem && <p class="error small" role="alert">{t(problem)}</p>}
      <button type="submit" class="primary" disabled={Boolean(problem)}>
        {t('history.apply')}
      </button>
    </form>
  );
}
