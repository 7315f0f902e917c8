import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/i18n';

/** Texts longer than this many characters, or lines, start collapsed. */
const MAX_CHARS = 240;
const MAX_LINES = 4;

/**
 * A long text shown as its first lines with "Ver más" (and "Ver menos" once open), so one long
 * entry does not stretch the list around it. Shown as text, never as HTML.
 */
export function CollapsibleText({ text, class: className = '' }: { text: string; class?: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > MAX_CHARS || text.split('\n').length > MAX_LINES;
  return (
    <div class="collapsible">
      <p class={`${className}${long && !open ? ' clamped' : ''}`}>{text}</p>
      {long && (
        <button type="button" class="link-button small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('common.showLess') : t('common.showMore')}
        </button>
      )}
    </div>
  );
}
