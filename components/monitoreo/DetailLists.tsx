import type { ComponentChildren } from 'preact';
import { formatDuration } from '@/lib/domain/timespan';
import { formatNumber, t } from '@/lib/i18n/i18n';
import { formatPhone } from '@/lib/i18n/phone-format';
import type { MessageKey } from '@/lib/i18n/messages';
import type { BoardLists } from '@/lib/ui/models/monitoring-model';

export const LISTS = ['open', 'waiting', 'agents', 'tags'] as const;
export type ListName = (typeof LISTS)[number];

interface Props {
  lists: BoardLists;
  current: ListName;
  onSelect: (list: ListName) => void;
  /** The number's name, when the board spans several numbers (else undefined: no number shown). */
  numberName?: (installationId: string) => string;
  /** An agent's name from their identity. */
  agentName: (identity: string | null | undefined) => string;
}

type Fact = [MessageKey, ComponentChildren];

function Card({ title, facts }: { title: ComponentChildren; facts: Array<Fact | false> }) {
  return (
    <li class="card">
      <p class="card-title">{title}</p>
      <dl class="card-facts">
        {facts.filter((fact): fact is Fact => Boolean(fact)).map(([label, value]) => (
          <div key={label} data-field={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

/**
 * "Detallado": tickets in attendance, tickets in queue, agents and tags, one list at a time, as
 * cards. Across all numbers each ticket and agent says its number; agents show by name.
 */
export function DetailLists({ lists, current, onSelect, numberName, agentName }: Props) {
  const number = (installationId: string): Fact | false => numberName !== undefined && ['monitoring.number', numberName(installationId)];
  const ticket = (sequentialId: number | null | undefined, customer: string) => `#${sequentialId ?? '—'} · ${formatPhone(customer)}`;
  const cards = {
    open: lists.open.map((item) => (
      <Card key={`${item.installationId}-${item.id}`} title={ticket(item.sequentialId, item.customerIdentity)} facts={[number(item.installationId), ['history.agent', agentName(item.agentIdentity)], ['history.team', item.team ?? '—'], ['monitoring.firstResponseTime', formatDuration(item.firstResponseTime)], ['monitoring.attendanceTime', formatDuration(item.attendanceTime)]]} />
    )),
    waiting: lists.waiting.map((item) => (
      <Card key={`${item.installationId}-${item.id}`} title={ticket(item.sequentialId, item.customerIdentity)} facts={[number(item.installationId), ['history.team', item.team ?? '—'], ['monitoring.queueTime', formatDuration(item.queueTime)]]} />
    )),
    agents: lists.agents.map((item) => (
      <Card key={`${item.installationId}-${item.identity}`} title={item.fullName || agentName(item.identity)} facts={[number(item.installationId), ['history.status', item.status ?? '—'], ['monitoring.openedTickets', formatNumber(item.openedTickets)], ['monitoring.closedTickets', formatNumber(item.closedTickets)]]} />
    )),
    tags: lists.tags.map((tag) => <Card key={tag.name} title={tag.name} facts={[['monitoring.tickets', formatNumber(tag.ticketsCount)], ['monitoring.todayClosed', formatNumber(tag.closedTickets)]]} />),
  }[current];
  return (
    <section aria-labelledby="monitoring-details" class="monitoring-details" id="monitoring-details-region">
      <h3 id="monitoring-details">{t('monitoring.details')}</h3>
      <div class="view-switch" role="group" aria-label={t('monitoring.details')}>
        {LISTS.map((name) => (
          <button key={name} type="button" aria-pressed={current === name} onClick={() => onSelect(name)}>
            {t(`monitoring.list.${name}` as MessageKey)}
          </button>
        ))}
      </div>
      {cards.length === 0 ? (
        <p class="muted" data-testid={`list-${current}`}>{t('monitoring.emptyList')}</p>
      ) : (
        <ul class="cards" data-testid={`list-${current}`} aria-label={t(`monitoring.list.${current}` as MessageKey)}>
          {cards}
        </ul>
      )}
    </section>
  );
}
