// Site-wide names and the primary navigation, one place for every page and test.
export const SITE_NAME = 'Annotator Career Ladder';

export interface NavItem {
  label: string;
  href: string;
}

export const PRIMARY_NAV: readonly NavItem[] = [
  { label: 'Guide', href: '/guide/' },
  { label: 'Pay estimator', href: '/tools/pay-estimator/' },
  { label: 'Promotion timeline', href: '/tools/promotion-timeline/' },
  { label: 'Platform comparison', href: '/tools/platform-comparison/' },
  { label: 'Readiness check', href: '/tools/readiness/' },
  { label: 'Work log', href: '/tools/work-log/' },
];

/** Whether a nav item is the current page or a section that contains it. */
export function isCurrentSection(itemHref: string, pathname: string): boolean {
  return itemHref === '/' ? pathname === '/' : pathname.startsWith(itemHref);
}

export const THEME_STORAGE_KEY = 'ladder:theme:v1';
