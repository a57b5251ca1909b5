// A wide table's own scroll box: named and focusable, so keyboard users can scroll it on a narrow screen
// (the same markup as the Astro component TableScroll.astro). Not an island itself.
import type { ComponentChildren } from 'preact';

export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <section class="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
