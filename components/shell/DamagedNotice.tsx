import type { DamagedRecord, DamagedTable } from '@/lib/domain/damaged-record';
import { t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';

const LABELS: Record<DamagedTable, MessageKey> = {
  installations: 'damaged.installations',
  replyCategories: 'damaged.replyCategories',
  outbox: 'damaged.outbox',
  absence: 'damaged.absence',
  contactPages: 'damaged.contactPages',
  afterHoursContacts: 'damaged.afterHours',
  afterHoursState: 'damaged.afterHours',
};

/**
 * Says which saved data could not be read as stored (written by an older version, or damaged) and
 * was left out or mended, so a missing item is never a silent mystery; repairs come from Blip.
 */
export function DamagedNotice({ records }: { records: DamagedRecord[] }) {
  if (records.length === 0) return null;
  const counts = new Map<MessageKey, number>();
  for (const record of records) counts.set(LABELS[record.table], (counts.get(LABELS[record.table]) ?? 0) + 1);
  const parts = [...counts].map(([label, count]) => t(label, { count }));
  return (
    <div class="notice warning small" role="status" data-testid="damaged-notice">
      <span>{t('damaged.summary', { parts: parts.join(', ') })}</span>
    </div>
  );
}
