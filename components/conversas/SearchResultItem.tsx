import { useEffect, useRef } from 'preact/hooks';
import type { SearchResult } from '@/lib/domain/contact-search';
import { formatDateTime, t } from '@/lib/i18n/i18n';
import { displayPhone } from '@/lib/ui/phone-display';

interface Props {
  id: string;
  result: SearchResult;
  /** Names of the numbers the contact belongs to. */
  numbers: string[];
  active: boolean;
  onOpen: () => void;
}

/** One search result: name or "(Sin nombre)", phone, its numbers and the last interaction. */
export function SearchResultItem({ id, result, numbers, active, onOpen }: Props) {
  const item = useRef<HTMLLIElement>(null);
  // The arrow keys move the active result: keep it in view inside the panel's scrolling area.
  useEffect(() => {
    const row = item.current;
    if (active && row) return scrollWhenHidden(row);
  }, [active]);
  return (
    <li ref={item} id={id} role="option" aria-selected={active} class={`search-result${active ? ' active' : ''}`} onClick={onOpen}>
      <span class="result-name">{result.name ?? t('common.noName')}</span>
      <span class="result-phone">{result.phone ? displayPhone(result.phone) : ''}</span>
      <span class="small muted">{t('search.numbers', { numbers: numbers.join(', ') })}</span>
      <span class="small muted">
        {result.lastMessageDate ? t('search.lastInteraction', { date: formatDateTime(result.lastMessageDate) }) : t('search.never')}
      </span>
    </li>
  );
}

/**
 * Scrolls `row` into view when it is not wholly in view. Whether it is comes from the next laid-out
 * frame (an intersection observer), so a new results list does not force a layout on every keystroke.
 */
function scrollWhenHidden(row: HTMLElement): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    row.scrollIntoView({ block: 'nearest' });
    return () => {};
  }
  const observer = new IntersectionObserver(
    ([entry]) => {
      observer.disconnect();
      if (entry && entry.intersectionRatio < 1) row.scrollIntoView({ block: 'nearest' });
    },
    { threshold: 1 },
  );
  observer.observe(row);
  return () => observer.disconnect();
}
