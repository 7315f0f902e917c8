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
    if (active) item.current?.scrollIntoView({ block: 'nearest' });
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
