import type { SerializedError } from '@/lib/errors/app-error';
import { t } from '@/lib/i18n/i18n';
import { formatAge } from '@/lib/i18n/format-age';
import { groupFailures } from '@/lib/ui/failure-groups';

interface Props {
  failures: Record<string, SerializedError>;
  /** When each number's last good reading was taken. */
  readAt: Record<string, number>;
  name: (id: string) => string;
}

/**
 * What the last refresh could not read: one banner per failure naming its numbers, saying whether
 * the figures shown are older ones (and how old) or whether there are none yet.
 */
export function FailureBanners({ failures, readAt, name }: Props) {
  const now = Date.now();
  const entries = Object.entries(failures).map(([id, error]) => ({ member: id, error, stale: readAt[id] !== undefined }));
  const groups = [true, false].flatMap((stale) => groupFailures(entries.filter((entry) => entry.stale === stale)).map((group) => ({ ...group, stale })));
  return (
    <>
      {groups.map(({ message, members, stale }) => (
        <div key={`${stale}-${message}`} class="notice warning" role="alert" data-testid="monitoring-warning">
          <span>
            {stale
              ? t('monitoring.staleAge', { numbers: members.map(name).join(', '), error: message, age: formatAge(now - Math.min(...members.map((id) => readAt[id]!))) })
              : t('monitoring.noFigures', { numbers: members.map(name).join(', '), error: message })}
          </span>
        </div>
      ))}
    </>
  );
}
