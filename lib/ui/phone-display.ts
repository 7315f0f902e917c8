import { signal } from '@preact/signals';
import { firstPaint } from './first-paint';

/**
 * The phone formatter of the side panel's first screen. It carries every country's numbering rules
 * (libphonenumber-js, about 150 kB), so it loads just after the first paint instead of before it;
 * until then a number shows as it is stored. Anything drawn later imports `formatPhone` directly.
 */
export const phoneFormatter = signal<((value: string) => string) | undefined>(undefined);

void firstPaint
  .then(() => import('../i18n/phone-format'))
  .then(({ formatPhone }) => (phoneFormatter.value = formatPhone))
  .catch(() => undefined);

/** Phones formatted lately: lists drawn again as the agent types show mostly the same numbers. */
const formatted = new Map<string, string>();
let formattedBy: ((value: string) => string) | undefined;
const REMEMBERED = 500;

/** A phone number as people read it, once the formatter is loaded (reading it subscribes a component to that). */
export function displayPhone(value: string): string {
  const format = phoneFormatter.value;
  if (!format) return value;
  if (formattedBy !== format) {
    formatted.clear();
    formattedBy = format;
  }
  let shown = formatted.get(value);
  if (shown === undefined) {
    if (formatted.size >= REMEMBERED) formatted.clear();
    formatted.set(value, (shown = format(value)));
  }
  return shown;
}
