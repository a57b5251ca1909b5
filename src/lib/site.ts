// Site-wide names and the primary navigation, one place for every page and test.
import { TOOLS } from './tools';
export const SITE_NAME = 'Annotator Career Ladder';

export interface NavItem {
  label: string;
  href: string;
}

function primaryNav(): readonly NavItem[] {
  return [
    { label: 'Guide', href: '/guide/' },
    { label: 'Answers', href: '/answers/' },
    ...Object.values(TOOLS).map((tool) => ({ label: 'navLabel' in tool ? tool.navLabel : tool.name, href: tool.path })),
  ];
}

/** The guide, then every tool of the registry. (Pure, so the browser scripts that import this module leave it out.) */
export const PRIMARY_NAV = /* @__PURE__ */ primaryNav();

/** Whether a nav item is the current page or a section that contains it. */
export function isCurrentSection(itemHref: string, pathname: string): boolean {
  return itemHref === '/' ? pathname === '/' : pathname.startsWith(itemHref);
}

export const THEME_STORAGE_KEY = 'ladder:theme:v1';
