import { useEffect, useState } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { t } from '@/lib/i18n/i18n';
import { rpc } from '@/lib/rpc/client';
import { NumberSelector } from './NumberSelector';
import { SectionNav } from './SectionNav';
import { OutboxStatus } from './OutboxStatus';
import { AbsenceBanner } from './AbsenceBanner';
import { ErrorNotice } from '../ui/ErrorNotice';
import { DamagedNotice } from './DamagedNotice';
import { SECTIONS, rememberSection, startSection } from './sections';
import { LazySection } from './LazySection';
import { RoleBadge } from './RoleBadge';
import { NoNumbersNotice } from './NoNumbersNotice';
import { DeskLink } from './DeskLink';
import { focusViewHeading } from '../ui/focus';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { AlertsLine } from '../alerts/AlertsLine';
import { usePanelRequests } from '@/lib/ui/hooks/use-panel-requests';
import '../alerts/alerts.css';

/**
 * The side panel, built for 320–420 px: a compact header (number, role, Blip Desk), one row of
 * section tabs, the notices that concern every section, and the current section in the one
 * scrolling area below.
 */
export function SidePanelApp({ models }: { models: SidePanelModels }) {
  const { app, navigation } = models;
  const [section, setSection] = useState(() => startSection().id);
  const [error, setError] = useState<unknown>();
  usePanelRequests(models);
  useEffect(() => rememberSection(section), [section]);
  // Another section may ask for one (Contactos opens a contact in Conversas): the new view takes the focus.
  useEffect(
    () =>
      navigation.section.subscribe((id) => {
        if (!id) return;
        setSection(id);
        requestAnimationFrame(() => focusViewHeading());
      }),
    [],
  );
  const selectedId = app.selected.value?.id;
  // Opening the panel refreshes the selected number's bot-side state (and wakes a stopped worker,
  // which then delivers whatever the outbox still holds).
  useEffect(() => {
    if (selectedId) rpc('absence.refresh', { installationId: selectedId }).catch(setError);
  }, [selectedId]);
  const current = SECTIONS.find((candidate) => candidate.id === section) ?? SECTIONS[0]!;
  const selected = app.selected.value;
  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="visually-hidden">{t('app.name')}</h1>
        <NumberSelector installations={app.installations.value} selectedId={selected?.id} onSelect={app.selectInstallation} onError={setError} />
        {selected && <RoleBadge role={selected.role} />}
        <DeskLink installationId={selected?.id} onError={setError} />
      </header>
      <SectionNav tabs={SECTIONS} current={current.id} onSelect={setSection} />
      <div class="panel-notices">
        {app.installations.loaded.value && app.installations.value.length === 0 && <NoNumbersNotice />}
        {error !== undefined && <ErrorNotice error={error} onRetry={() => setError(undefined)} />}
        <DamagedNotice records={app.damaged.value} />
        <OutboxStatus items={app.outbox.value} onError={setError} />
        <AbsenceBanner installation={selected} absence={app.selectedAbsence.value} />
        <AlertsLine models={models} />
      </div>
      <div id={`panel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`} class="panel-body">
        <ErrorBoundary key={current.id} name={t(current.label)}>
          <LazySection section={current} models={models} />
        </ErrorBoundary>
      </div>
    </div>
  );
}
