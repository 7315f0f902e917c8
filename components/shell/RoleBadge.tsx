import type { Role } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';

/** The agent's role on the selected number, as read from that number's Desk attendants (and the agent's word). */
export function RoleBadge({ role }: { role?: Role }) {
  const label = role ? t(`role.${role}`) : t('role.unchecked');
  return (
    <span class="role-badge small" data-testid="role-badge" title={role === 'unknown' ? t('role.unknownHelp') : undefined}>
      {label}
    </span>
  );
}
