import { useState } from 'preact/hooks';
import type { ContactFilterInput } from '@/lib/domain/contact-filter';
import { t } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { Field } from '../ui/Field';
import { filterErrors, type FilterField } from '@/lib/ui/forms/contact-filter-errors';

type FieldSpec = { field: FilterField; label: MessageKey; type: 'text' | 'tel' | 'date' | 'email' };

const FIRST: FieldSpec = { field: 'name', label: 'contactos.name', type: 'text' };
const MORE: FieldSpec[] = [
  { field: 'email', label: 'contactos.email', type: 'email' },
  { field: 'phone', label: 'contactos.phone', type: 'tel' },
  { field: 'city', label: 'contactos.city', type: 'text' },
  { field: 'taxDocument', label: 'contactos.document', type: 'text' },
  { field: 'identity', label: 'contactos.identity', type: 'text' },
  { field: 'from', label: 'contactos.from', type: 'date' },
  { field: 'to', label: 'contactos.to', type: 'date' },
];

/**
 * The Contactos filters, validated as typed: the name in view, the spec's other filters (e-mail,
 * phone, city, document, ID, period) one click away and counted when set. Search applies them,
 * Clear resets them.
 */
export function ContactFilters({ onApply }: { onApply: (filter: ContactFilterInput) => void }) {
  const [draft, setDraft] = useState<ContactFilterInput>({});
  const [touched, setTouched] = useState<Set<FilterField>>(new Set());
  const errors = filterErrors(draft);
  const valid = Object.keys(errors).length === 0;
  const active = MORE.filter(({ field }) => draft[field]?.trim()).length;
  const submit = (event: Event) => {
    event.preventDefault();
    setTouched(new Set([FIRST, ...MORE].map(({ field }) => field)));
    if (valid) onApply(draft);
  };
  const input = ({ field, label, type }: FieldSpec) => (
    <Field key={field} id={`contact-filter-${field}`} label={t(label)} error={touched.has(field) ? errors[field] : undefined}>
      {(describedBy) => {
        const props = {
          id: `contact-filter-${field}`,
          value: draft[field] ?? '',
          'aria-describedby': describedBy,
          'aria-invalid': touched.has(field) && Boolean(errors[field]),
          onInput: (event: Event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            setDraft((current) => ({ ...current, [field]: value }));
            setTouched((current) => new Set(current).add(field));
          },
        };
        if (type === 'date') return <input type="date" {...props} />;
        if (type === 'tel') return <input type="tel" {...props} />;
        return <input type="text" inputMode={type === 'email' ? 'email' : undefined} {...props} />;
      }}
    </Field>
  );
  return (
    <form class="contact-filters" onSubmit={submit} aria-label={t('contactos.filters')} noValidate>
      {input(FIRST)}
      <details class="more-filters" open={Object.keys(errors).some((field) => field !== 'name') || undefined}>
        <summary>
          {t('contactos.moreFilters')}
          {active > 0 && <span class="pill">{t('contactos.activeFilters', { count: active })}</span>}
        </summary>
        <div class="filter-grid">{MORE.map(input)}</div>
      </details>
      <div class="filter-actions">
        <button type="submit" class="primary" disabled={!valid}>
          {t('contactos.search')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({});
            setTouched(new Set());
            onApply({});
          }}
        >
          {t('contactos.clear')}
        </button>
      </div>
    </form>
  );
}
