import type { ComponentType } from 'preact';
import { Activity, BookUser, History, MessagesSquare, MoonStar, TreePalm, Zap } from 'lucide';
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

/** The side panel's sections, in the spec's order, each with the icon its tab shows. */
export const SECTIONS: Section[] = [
  { id: 'conversas', label: 'nav.conversas', icon: MessagesSquare, component: ConversasSection },
  { id: 'contactos', label: 'nav.contactos', icon: BookUser, component: ContactosSection },
  { id: 'fuera-horario', label: 'nav.fueraHorario', icon: MoonStar, component: AfterHoursSection },
  { id: 'historial', label: 'nav.historial', icon: History, component: HistorySection },
  { id: 'monitoreo', label: 'nav.monitoreo', icon: Activity, component: MonitoringSection },
  { id: 'respuestas', label: 'nav.respuestas', icon: Zap, component: RespuestasSection },
  { id: 'ausencia', label: 'nav.ausencia', icon: TreePalm, component: AbsenceSection },
];
