import type { MonitoringLists } from '@/lib/domain/monitoring';
import { formatDuration } from '@/lib/domain/timespan';
import { t } from '@/lib/i18n/i18n';
import { agentEmailOf } from '@/lib/domain/agent-identity';
import type { MessageKey } from '@/lib/i18n/messages';
import { TableScroll } from '../ui/TableScroll';

export const LISTS = ['open', 'waiting', 'agents', 'tags'] as const;
export type ListName = (typeof LISTS)[number];

const customer = (identity: string) => identity.split('@')[0] ?? identity;
const agent = (identity?: string | null) => (identity ? agentEmailOf(identity) : '—');

/** "Detallado": tickets in attendance, tickets in queue, agents and tags, one list at a time. */
export function DetailLists({ lists, current, onSelect }: { lists: MonitoringLists; current: ListName; onSelect: (list: ListName) => void }) {
  return (
    <section aria-labelledby="monitoring-details" class="monitoring-details" id="monitoring-details-region">
      <h3 id="monitoring-details">{t('monitoring.details')}</h3>
      <div class="row" role="group" aria-label={t('monitoring.details')}>
        {LISTS.map((name) => (
          <button key={name} type="button" aria-pressed={current === name} class={current === name ? 'primary' : ''} onClick={() => onSelect(name)}>
            {t(`monitoring.list.${name}` as MessageKey)}
          </button>
        ))}
      </div>
      <TableScroll label={t(`monitoring.list.${current}` as MessageKey)}>
        <table class="history-table" data-testid={`list-${current}`}>
          {current === 'open' && <Rows head={['history.ticket', 'pdf.customerSender', 'history.agent', 'history.team', 'monitoring.firstResponseTime', 'monitoring.attendanceTime']} rows={lists.open.map((ticket) => [`#${ticket.sequentialId ?? '—'}`, customer(ticket.customerIdentity), agent(ticket.agentIdentity), ticket.team ?? '—', formatDuration(ticket.firstResponseTime), formatDuration(ticket.attendanceTime)])} />}
          {current === 'waiting' && <Rows head={['history.ticket', 'pdf.customerSender', 'history.team', 'monitoring.queueTime']} rows={lists.waiting.map((ticket) => [`#${ticket.sequentialId ?? '—'}`, customer(ticket.customerIdentity), ticket.team ?? '—', formatDuration(ticket.queueTime)])} />}
          {current === 'agents' && <Rows head={['history.agent', 'history.status', 'monitoring.openedTickets', 'monitoring.closedTickets']} rows={lists.agents.map((item) => [item.fullName || agent(item.identity), item.status ?? '—', String(item.openedTickets), String(item.closedTickets)])} />}
          {current === 'tags' && <Rows head={['history.tags', 'monitoring.tickets', 'monitoring.todayClosed']} rows={lists.tags.map((tag) => [tag.name, String(tag.ticketsCount), String(tag.closedTickets)])} />}
        </table>
      </TableScroll>
    </section>
  );
}

function Rows({ head, rows }: { head: MessageKey[]; rows: string[][] }) {
  return (
    <>
      <thead>
        <tr>{head.map((key) => <th key={key} scope="col">{t(key)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr><td colSpan={head.length} class="muted">{t('monitoring.emptyList')}</td></tr>
        ) : (
          rows.map((cells, index) => <tr key={index}>{cells.map((cell, column) => <td key={column}>{cell}</td>)}</tr>)
        )}
      </tbody>
    </>
  );
}
