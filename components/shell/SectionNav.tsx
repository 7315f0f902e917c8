import type { IconNode } from 'lucide';
import { t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { Icon } from '../ui/Icon';

export interface SectionTab {
  id: string;
  label: MessageKey;
  icon: IconNode;
}

/**
 * One row of tabs, whatever the panel's width: an icon each (its name shows beside it when the panel
 * is wide, as a tooltip and to assistive technology always). The WAI-ARIA keyboard model: arrows
 * move between tabs, Home/End jump, the focused tab is selected.
 */
export function SectionNav({ tabs, current, onSelect }: { tabs: SectionTab[]; current: string; onSelect: (id: string) => void }) {
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = (next + tabs.length) % tabs.length;
    onSelect(tabs[wrapped]!.id);
    document.getElementById(`tab-${tabs[wrapped]!.id}`)?.focus();
  };
  return (
    <nav class="section-nav" aria-label={t('shell.sections')}>
      <div role="tablist" aria-orientation="horizontal">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            title={t(tab.label)}
            aria-selected={tab.id === current}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            <Icon icon={tab.icon} size={20} />
            <span class="tab-label">{t(tab.label)}</span>
          </button>
        ))}
      </div>
    </nav>
  );
}
