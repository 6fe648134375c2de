/**
 * The main navigation: one entry per top-level page, in menu order. Labels are translation keys.
 * Each entry says who may use it: everyone (`public`), logged-in users, or only users with one of
 * the listed roles. The menu shows only what the user may use; the server refuses the rest anyway.
 */
import type { Role } from '../auth/roles';

export interface NavItem {
  path: string;
  label:
    | 'nav.dashboard'
    | 'nav.cases'
    | 'nav.requests'
    | 'nav.subjectRequests'
    | 'nav.triage'
    | 'nav.manager'
    | 'nav.conferences'
    | 'nav.expertise'
    | 'nav.trends'
    | 'nav.governance'
    | 'nav.parties'
    | 'nav.users'
    | 'nav.house'
    | 'nav.sso'
    | 'nav.about';
  access: 'public' | 'authenticated';
  roles?: readonly Role[];
  /** Also shown, whatever the roles, to users with a seat in a governance body (GET /me/governance). */
  orWithGovernanceSeat?: true;
}

/** Facts about the user beyond their roles that decide some entries. */
export interface NavFacts {
  governanceSeat?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.dashboard', access: 'authenticated' },
  { path: '/casussen', label: 'nav.cases', access: 'authenticated' },
  { path: '/bevragingen', label: 'nav.requests', access: 'authenticated', roles: ['professional'] },
  {
    path: '/triage',
    label: 'nav.triage',
    access: 'authenticated',
    roles: ['procesregisseur', 'informatiecentrum'],
  },
  { path: '/management', label: 'nav.manager', access: 'authenticated', roles: ['manager'] },
  {
    path: '/verzoeken-betrokkenen',
    label: 'nav.subjectRequests',
    access: 'authenticated',
    roles: ['privacy_officer', 'professional'],
  },
  { path: '/overleggen', label: 'nav.conferences', access: 'authenticated' },
  { path: '/expertisecentrum', label: 'nav.expertise', access: 'authenticated' },
  { path: '/trends', label: 'nav.trends', access: 'authenticated' },
  {
    // Members of a body, and the roles with governance work without a seat: the secretaris
    // (membership records), the manager (annual documents, finances) and the procesregisseur
    // (disputes about case coordinators, Art. 13.4).
    path: '/bestuur',
    label: 'nav.governance',
    access: 'authenticated',
    roles: ['manager', 'procesregisseur', 'secretaris'],
    orWithGovernanceSeat: true,
  },
  { path: '/partijen', label: 'nav.parties', access: 'authenticated' },
  { path: '/beheer/gebruikers', label: 'nav.users', access: 'authenticated', roles: ['functioneel_beheer'] },
  { path: '/beheer/huis', label: 'nav.house', access: 'authenticated', roles: ['functioneel_beheer'] },
  { path: '/beheer/sso', label: 'nav.sso', access: 'authenticated', roles: ['functioneel_beheer'] },
  { path: '/over', label: 'nav.about', access: 'public' },
];

/** The entries this user may use: `loggedIn` means fully logged in, `roles` are theirs. */
export function visibleNavItems(loggedIn: boolean, roles: readonly Role[], facts: NavFacts = {}): NavItem[] {
  return NAV_ITEMS.filter((item) => {
    if (item.access === 'public') return true;
    if (!loggedIn) return false;
    if (item.orWithGovernanceSeat && facts.governanceSeat) return true;
    return item.roles === undefined || item.roles.some((role) => roles.includes(role));
  });
}
