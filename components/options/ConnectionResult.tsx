import type { ConnectionReport } from '@/lib/rpc/contracts/installations';
import type { CapabilityReport } from '@/lib/domain/installation';
import { t } from '@/lib/i18n/i18n';

const ICON = { ok: '✓', missing: '✗', ignored: '≈', unknown: '?' } as const;

/**
 * After a successful test: "Connected to {bot}. Your role: …", and a checklist of the optional
 * calls this number answers, so an administrator sees what works before agents do.
 */
export function ConnectionResult({ report }: { report: ConnectionReport }) {
  return (
    <div class="notice success" role="status" data-testid="connection-result">
      <span>
        {t('options.connected', { bot: report.botName ?? report.botIdentity ?? '—', role: t(`role.${report.role}`) })}
        <strong class="capabilities-title">{t('capabilities.title')}</strong>
        <ul class="capabilities" data-testid="capabilities">
          {(Object.keys(report.capabilities) as Array<keyof CapabilityReport>).map((name) => (
            <li key={name} data-capability={name} data-result={report.capabilities[name]}>
              <span aria-hidden="true">{ICON[report.capabilities[name]]}</span> {t(`capabilities.${name}`)}: {t(`capabilities.${report.capabilities[name]}`)}
            </li>
          ))}
        </ul>
      </span>
    </div>
  );
}
