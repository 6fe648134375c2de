/**
 * The single sign-on provider form without React: form values from a provider, checking them the
 * way the server will (so most mistakes are explained before sending), the POST body or the PATCH
 * changes (only what changed; the client secret only when it is being replaced), and which form
 * field a server validation detail ("Body ongeldig — issuer: moet https gebruiken") is about.
 */
import type {
  MatchClaim,
  NewSsoProvider,
  SsoProviderChanges,
  SsoProviderConfig,
} from '../../api/ssoProviders';
import { HOUSE_ROLES, type OrganisationKind, PARTY_ROLES, type Role } from '../../auth/roles';

/** The organisation select's value for "the house itself" (partyId null). */
export const HOUSE = '';

export interface SsoFormValues {
  name: string;
  issuer: string;
  clientId: string;
  /** Only sent on create, or on edit when `replaceSecret` is on. Never filled from the server. */
  clientSecret: string;
  replaceSecret: boolean;
  partyId: string;
  matchClaim: MatchClaim;
  provision: boolean;
  defaultRoles: Role[];
  enabled: boolean;
}

export const SSO_FIELDS = [
  'name',
  'issuer',
  'clientId',
  'clientSecret',
  'partyId',
  'matchClaim',
  'defaultRoles',
] as const;
export type SsoField = (typeof SSO_FIELDS)[number];

export type SsoProblem =
  | { kind: 'required' }
  | { kind: 'length'; min: number; max: number }
  | { kind: 'url' }
  | { kind: 'urlParts' }
  | { kind: 'wellKnown' }
  | { kind: 'https' }
  | { kind: 'rolesForProvision' }
  | { kind: 'server'; message: string };

export type SsoFormProblems = Partial<Record<SsoField, SsoProblem>>;

/** The same limits as the server's schema (src/modules/identity/sso/schemas.ts). */
export const LIMITS = {
  name: [2, 100],
  issuer: [1, 500],
  clientId: [1, 255],
  clientSecret: [1, 1024],
} as const;

/**
 * Roles a provider may give new accounts: those the organisation may hold, never functioneel
 * beheer (the server refuses to hand out administration rights automatically).
 */
export function provisionableRoles(kind: OrganisationKind): readonly Role[] {
  return kind === 'house' ? HOUSE_ROLES.filter((role) => role !== 'functioneel_beheer') : PARTY_ROLES;
}

export const organisationKind = (partyId: string): OrganisationKind =>
  partyId === HOUSE ? 'house' : 'party';

export function emptySsoForm(): SsoFormValues {
  return {
    name: '',
    issuer: '',
    clientId: '',
    clientSecret: '',
    replaceSecret: true,
    partyId: HOUSE,
    matchClaim: 'email',
    provision: false,
    defaultRoles: [],
    enabled: true,
  };
}

export function ssoFormValues(provider: SsoProviderConfig): SsoFormValues {
  return {
    name: provider.name,
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: '',
    replaceSecret: !provider.clientSecretSet,
    partyId: provider.partyId ?? HOUSE,
    matchClaim: provider.matchClaim,
    provision: provider.provision,
    defaultRoles: [...provider.defaultRoles],
    enabled: provider.enabled,
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** What is wrong with an issuer URL, as far as the browser can tell (the server has the last word). */
export function issuerProblem(raw: string): SsoProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { kind: 'url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'url' };
  if (url.username || url.password || url.search || url.hash) return { kind: 'urlParts' };
  if (url.pathname.includes('/.well-known/')) return { kind: 'wellKnown' };
  // Plain http only for a local test provider in demo mode; the server knows the mode.
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { kind: 'https' };
  return null;
}

function lengthProblem(value: string, [min, max]: readonly [number, number]): SsoProblem | null {
  if (value.length === 0) return { kind: 'required' };
  if (value.length < min || value.length > max) return { kind: 'length', min, max };
  return null;
}

export function validateSsoForm(values: SsoFormValues): SsoFormProblems {
  const problems: SsoFormProblems = {};
  const name = lengthProblem(values.name.trim(), LIMITS.name);
  if (name) problems.name = name;
  const issuer = values.issuer.trim();
  const issuerLength = lengthProblem(issuer, LIMITS.issuer);
  const issuerUrl = issuerLength ?? issuerProblem(issuer);
  if (issuerUrl) problems.issuer = issuerUrl;
  const clientId = lengthProblem(values.clientId.trim(), LIMITS.clientId);
  if (clientId) problems.clientId = clientId;
  if (values.replaceSecret) {
    const secret = lengthProblem(values.clientSecret, LIMITS.clientSecret);
    if (secret) problems.clientSecret = secret;
  }
  if (values.provision && values.defaultRoles.length === 0)
    problems.defaultRoles = { kind: 'rolesForProvision' };
  return problems;
}

/** The default roles that fit the chosen organisation, in display order. */
export function fittingRoles(partyId: string, roles: readonly Role[]): Role[] {
  return provisionableRoles(organisationKind(partyId)).filter((role) => roles.includes(role));
}

export function ssoCreateBody(values: SsoFormValues): NewSsoProvider {
  return {
    name: values.name.trim(),
    issuer: values.issuer.trim(),
    clientId: values.clientId.trim(),
    clientSecret: values.clientSecret,
    partyId: values.partyId === HOUSE ? null : values.partyId,
    matchClaim: values.matchClaim,
    provision: values.provision,
    defaultRoles: fittingRoles(values.partyId, values.defaultRoles),
    enabled: values.enabled,
  };
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

/** Only what differs from the stored provider; the organisation never changes after creation. */
export function ssoChanges(provider: SsoProviderConfig, values: SsoFormValues): SsoProviderChanges {
  const body = ssoCreateBody(values);
  const changes: SsoProviderChanges = {};
  if (body.name !== provider.name) changes.name = body.name;
  if (body.issuer !== provider.issuer) changes.issuer = body.issuer;
  if (body.clientId !== provider.clientId) changes.clientId = body.clientId;
  if (values.replaceSecret) changes.clientSecret = values.clientSecret;
  if (body.matchClaim !== provider.matchClaim) changes.matchClaim = body.matchClaim;
  if (body.provision !== provider.provision) changes.provision = body.provision;
  if (!sameRoles(body.defaultRoles, provider.defaultRoles)) changes.defaultRoles = body.defaultRoles;
  if (body.enabled !== provider.enabled) changes.enabled = body.enabled;
  return changes;
}

/** Changing issuer or client id drops the links of existing accounts (the server relinks them). */
export function relinks(provider: SsoProviderConfig, values: SsoFormValues): boolean {
  return values.issuer.trim() !== provider.issuer || values.clientId.trim() !== provider.clientId;
}

/** Server reasons (Dutch) the form explains in the user's language. */
const KNOWN_REASONS: Record<string, SsoProblem> = {
  'geen geldige URL': { kind: 'url' },
  'zonder gebruikersnaam, wachtwoord, query of fragment': { kind: 'urlParts' },
  'de issuer zelf, niet het discovery-document': { kind: 'wellKnown' },
  'moet https gebruiken': { kind: 'https' },
  'nodig om accounts aan te maken': { kind: 'rolesForProvision' },
};

const isSsoField = (value: string): value is SsoField => (SSO_FIELDS as readonly string[]).includes(value);

/**
 * The fields a validation detail names, with the problem: a known reason becomes its own kind
 * (translated by the page), anything else keeps the server's words. Unknown paths are skipped;
 * the detail as a whole is still shown in the error summary.
 */
export function serverProblems(detail: string | undefined): SsoFormProblems {
  if (!detail) return {};
  const dash = detail.indexOf(' — ');
  if (dash < 0) return {};
  const problems: SsoFormProblems = {};
  for (const part of detail.slice(dash + 3).split('; ')) {
    const colon = part.indexOf(': ');
    if (colon < 0) continue;
    const path = part.slice(0, colon).split('.')[0] ?? '';
    if (!isSsoField(path) || problems[path]) continue;
    const message = part.slice(colon + 2).trim();
    problems[path] = KNOWN_REASONS[message] ?? { kind: 'server', message };
  }
  return problems;
}
