import type { ComponentType } from 'preact';
import { Activity, BookUser, History, MessagesSquare, MoonStar, TreePalm, Zap } from 'lucide';
import type { SectionTab } from './SectionNav';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { ConversasSection } from '../conversas/ConversasSection';

type SectionComponent = ComponentType<{ models: SidePanelModels }>;

export interface Section extends SectionTab {
  /** Loads the section's code (each section is its own chunk, fetched when first shown). */
  load: () => Promise<SectionComponent>;
}

/**
 * The side panel's sections, in the spec's order, each with the icon its tab shows. Conversas, the
 * first, comes with the panel's own code (it is what the panel paints first); the others load when
 * first shown.
 */
export const SECTIONS: Section[] = [
  { id: 'conversas', label: 'nav.conversas', icon: MessagesSquare, load: async () => ConversasSection },
  { id: 'contactos', label: 'nav.contactos', icon: BookUser, load: () => import('../contactos/ContactosSection').then((module) => module.ContactosSection) },
  { id: 'fuera-horario', label: 'nav.fueraHorario', icon: MoonStar, load: () => import('../fuera-horario/AfterHoursSection').then((module) => module.AfterHoursSection) },
  { id: 'historial', label: 'nav.historial', icon: History, load: () => import('../historial/HistorySection').then((module) => module.HistorySection) },
  { id: 'monitoreo', label: 'nav.monitoreo', icon: Activity, load: () => import('../monitoreo/MonitoringSection').then((module) => module.MonitoringSection) },
  { id: 'respuestas', label: 'nav.respuestas', icon: Zap, load: () => import('../respuestas/RespuestasSection').then((module) => module.RespuestasSection) },
  { id: 'ausencia', label: 'nav.ausencia', icon: TreePalm, load: () => import('../ausencia/AbsenceSection').then((module) => module.AbsenceSection) },
];

/** The last section shown: the panel opens there again. */
const SECTION_KEY = 'asistencia.section';
const loaded = new Map<string, SectionComponent>();

/** The section the panel shows when it opens: the one shown last, or the first. */
export function startSection(): Section {
  const id = localStorage.getItem(SECTION_KEY);
  return SECTIONS.find((section) => section.id === id) ?? SECTIONS[0]!;
}

/** Remembers the section shown, for the next opening. */
export function rememberSection(id: string): void {
  localStorage.setItem(SECTION_KEY, id);
}

/** Loads a section's code (once); resolves with its component. */
export async function loadSection(section: Section): Promise<SectionComponent> {
  const known = loaded.get(section.id);
  if (known) return known;
  const component = await section.load();
  loaded.set(section.id, component);
  return component;
}

/** The section's component when its code is loaded already (the first section is, before the panel paints). */
export function loadedSection(section: Section): SectionComponent | undefined {
  return loaded.get(section.id);
}
