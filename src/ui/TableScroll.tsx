// A wide table's own scroll box: named and focusable, so keyboard users can scroll it on a narrow screen. Islands and
// server-rendered Astro components both use it (Astro renders it to plain HTML there). A table with class
// "table-reflow" (and data-label on its cells) stacks into one card per row instead when the box is narrow
// (src/styles/global.css), so it never needs to scroll. Not an island itself.
import type { ComponentChildren } from 'preact';

interface Props {
  /** Accessible name of the scrollable region, usually the table's caption. */
  label: string;
  /** Many columns of prose: the table stacks below 56rem instead of 40rem. */
  wide?: boolean;
  children: ComponentChildren;
}

export function TableScroll({ label, wide = false, children }: Props) {
  return (
    <section class={wide ? 'table-scroll table-scroll--wide' : 'table-scroll'} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
