import type { ConnectionReport } from '@/lib/rpc/contracts/installations';
import { t } from '@/lib/i18n/i18n';

/** "Connected to {bot}. Your role: …" after a successful test. */
export function ConnectionResult({ report }: { report: ConnectionReport }) {
  return (
    <div class="notice success" role="status" data-testid="connection-result">
      <span>{t('options.connected', { bot: report.botName ?? report.botIdentity ?? '—', role: t(`role.${report.role}`) })}</span>
    </div>
  );
}
