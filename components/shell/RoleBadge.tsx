import type { Role } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';

/** The agent's role on the selected number, as read from that number's Desk attendants. */
export function RoleBadge({ role }: { role?: Role }) {
  const label = role === 'attendant' ? t('role.attendant') : role === 'manager' ? t('role.manager') : t('role.unknown');
  return <span class="role-badge small" data-testid="role-badge">{label}</span>;
}
