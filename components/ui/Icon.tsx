import { h } from 'preact';
import type { IconNode } from 'lucide';

/**
 * A Lucide drawing as inline SVG, in the text colour and at the text's size unless told. Decorative:
 * the control it sits in carries the name.
 */
export function Icon({ icon, size = 18 }: { icon: IconNode; size?: number }) {
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width={2} stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      {icon.map(([tag, attributes], index) => h(tag, { key: index, ...attributes }))}
    </svg>
  );
}
