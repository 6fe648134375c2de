/**
 * The main navigation: one entry per top-level page, in menu order. Labels are translation keys.
 */
export const NAV_ITEMS = [
  { path: '/', label: 'nav.dashboard' },
  { path: '/casussen', label: 'nav.cases' },
  { path: '/overleggen', label: 'nav.conferences' },
  { path: '/expertisecentrum', label: 'nav.expertise' },
  { path: '/trends', label: 'nav.trends' },
  { path: '/partijen', label: 'nav.parties' },
  { path: '/over', label: 'nav.about' },
] as const;
