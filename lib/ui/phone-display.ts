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

/** A phone number as people read it, once the formatter is loaded (reading it subscribes a component to that). */
export function displayPhone(value: string): string {
  return phoneFormatter.value?.(value) ?? value;
}
