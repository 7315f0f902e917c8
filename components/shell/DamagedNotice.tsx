import type { DamagedRecord, DamagedTable } from '@/lib/domain/damaged-record';
import { t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';

const LABELS: Record<DamagedTable, MessageKey> = {
  installations: 'damaged.installations',
  replyCategories: 'damaged.replyCategories',
  outbox: 'damaged.outbox',
  absence: 'damaged.absence',
  contactPages: 'damaged.contactPages',
};

/**
 * Says which saved data could not be read as stored (written by an older version, or damaged) and
 * was left out or mended, so a missing item is never a silent mystery; repairs come from Blip.
 */
export function DamagedNotice({ records }: { records: DamagedRecord[] }) {
  if (records.length === 0) return null;
  const counts = new Map<DamagedTable, number>();
  for (const record of records) counts.set(record.table, (counts.get(record.table) ?? 0) + 1);
  const parts = [...counts].map(([table, count]) => t(LABELS[table], { count }));
  return (
    <div class="notice warning small" role="status" data-testid="damaged-notice">
      <span>{t('damaged.summary', { parts: parts.join(', ') })}</span>
    </div>
  );
}
