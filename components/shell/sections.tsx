import type { ComponentType } from 'preact';
import type { SectionTab } from './SectionNav';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { AfterHoursSection } from '../fuera-horario/AfterHoursSection';
import { AbsenceSection } from '../ausencia/AbsenceSection';
import { HistorySection } from '../historial/HistorySection';
import { MonitoringSection } from '../monitoreo/MonitoringSection';
import { ConversasSection } from '../conversas/ConversasSection';
import { ContactosSection } from '../contactos/ContactosSection';
import { RespuestasSection } from '../respuestas/RespuestasSection';

export interface Section extends SectionTab {
  component: ComponentType<{ models: SidePanelModels }>;
}

/** The side panel's sections, in the spec's order. Each feature replaces its placeholder here. */
export const SECTIONS: Section[] = [
  { id: 'conversas', label: 'nav.conversas', component: ConversasSection },
  { id: 'contactos', label: 'nav.contactos', component: ContactosSection },
  { id: 'fuera-horario', label: 'nav.fueraHorario', component: AfterHoursSection },
  { id: 'historial', label: 'nav.historial', component: HistorySection },
  { id: 'monitoreo', label: 'nav.monitoreo', component: MonitoringSection },
  { id: 'respuestas', label: 'nav.respuestas', component: RespuestasSection },
  { id: 'ausencia', label: 'nav.ausencia', component: AbsenceSection },
];
