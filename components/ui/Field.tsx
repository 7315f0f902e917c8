import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n/i18n';

interface FieldProps {
  id: string;
  label: string;
  help?: string;
  error?: string;
  /** Shows "count/max" under the input. */
  count?: { value: number; max: number };
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** A labelled form control with its help, its validation message and an optional counter. */
export function Field({ id, label, help, error, count, children }: FieldProps) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(describedBy)}
      {help && <span id={helpId} class="help">{help}</span>}
      {count && <span class="counter" aria-live="polite">{t('common.counter', { count: count.value, max: count.max })}</span>}
      {error && <span id={errorId} class="error" role="alert">{error}</span>}
    </div>
  );
}
