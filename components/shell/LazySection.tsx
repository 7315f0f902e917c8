import { useMemo } from 'preact/hooks';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import { lazyComponent } from '../ui/lazy';
import { loadSection, loadedSection, type Section } from './sections';

const components = new Map<string, ReturnType<typeof lazyComponent<{ models: SidePanelModels }>>>();

/** Shows a section, loading its code the first time it is shown (the panel's first section is loaded before the panel paints). */
export function LazySection({ section, models }: { section: Section; models: SidePanelModels }) {
  const Component = useMemo(() => {
    let component = components.get(section.id);
    if (!component) components.set(section.id, (component = lazyComponent(() => loadSection(section), loadedSection(section))));
    return component;
  }, [section.id]);
  return <Component models={models} />;
}
