import type { ComponentChildren } from 'preact';

/**
 * A horizontally scrollable region around a wide table. It is focusable and
 * labelled so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
