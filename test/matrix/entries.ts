/**
 * The authorization matrix: for every operation in the OpenAPI document, what each kind of caller
 * gets. `ok` is any 2xx; a number is the exact status; a string is the problem code expected.
 * `public` marks operations anyone may call (login, reading the covenant's public facts).
 * A new operation without an entry here fails the matrix test.
 */
import type { As } from '../support/app.js';

export type Outcome = 'ok' | 401 | 403 | 404 | 'reauth-required' | 'conflict';

export type Expectation = 'public' | (Partial<Record<As, Outcome>> & { default?: Outcome });

/** Shorthands. */
const onlyBeheer404: Expectation = { anonymous: 401, beheer: 'ok', default: 404 };
const onlyBeheer403: Expectation = { anonymous: 401, beheer: 'ok', default: 403 };
const anySignedIn: Expectation = { anonymous: 401, default: 'ok' };
/** The processing log: the privacy officer reads all of it, a professional their own party's part. */
const logReaders: Expectation = { anonymous: 401, privacy: 'ok', professional: 'ok', default: 404 };

/** Governance part B (Art. 19–23): who reads, who runs the workflows, who consents. */
const membershipReaders: Expectation = { anonymous: 401, secretaris: 'ok', manager: 'ok', default: 404 };
const secretaryRuns: Expectation = { anonymous: 401, secretaris: 'ok', manager: 403, default: 404 };
const delegatesConsent: Expectation = { anonymous: 401, secretaris: 403, manager: 403, default: 404 };
/** Governance bodies (Art. 5.7, 7.5): members see, the body's secretary runs (Art. 4.6, 6.9). */
const govMembers: Expectation = { anonymous: 401, secretaris: 'ok', manager: 'ok', default: 404 };
const govSecretary: Expectation = { anonymous: 401, secretaris: 'ok', manager: 403, default: 404 };

export const matrix: Record<string, Expectation> = {
  // House configuration (issue 2): the house's name and colours are public (the login page shows
  // them); the rest is for signed-in users; functioneel beheer edits.
  'GET /house': 'public',
  'PATCH /house': onlyBeheer403,
  'GET /bodies': anySignedIn,
  'GET /privacy-protocols': anySignedIn,
  'GET /privacy-protocols/{id}': anySignedIn,
  'PATCH /privacy-protocols/{id}': onlyBeheer403,
  'GET /processing-activities': anySignedIn,
  'GET /parties': anySignedIn,
  'GET /parties/{id}': anySignedIn,
  'PATCH /parties/{id}': onlyBeheer403,
  // Sessions (issue 3).
  'GET /session': 'public',
  'POST /session': 'public',
  'POST /session/totp': 'public',
  'DELETE /session': 'public',
  'POST /session/reauth': anySignedIn,
  'POST /me/totp': { anonymous: 401, default: 'reauth-required' },
  'POST /me/totp/confirm': { anonymous: 401, default: 'conflict' },
  'POST /me/password': { anonymous: 401, default: 401 },
  'GET /me/sessions': anySignedIn,
  'DELETE /me/sessions/{id}': anySignedIn,
  'POST /me/sessions/revoke-all': anySignedIn,
  // Account administration: invisible to all but functioneel beheer.
  'GET /users': onlyBeheer404,
  'POST /users': onlyBeheer404,
  'GET /users/{id}': onlyBeheer404,
  'PATCH /users/{id}': onlyBeheer404,
  'POST /users/{id}/reset-totp': { anonymous: 401, beheer: 'reauth-required', default: 404 },
  'POST /users/{id}/revoke-sessions': onlyBeheer404,
  'POST /users/{id}/reset-password': { anonymous: 401, beheer: 'reauth-required', default: 404 },
  'GET /users/{id}/memberships': onlyBeheer404,
  'PUT /users/{id}/memberships': onlyBeheer404,
  // Single sign-on: providers are account administration; the login page's list, the start of a
  // login and the callback are public (the last two redirect).
  'GET /sso-providers': onlyBeheer404,
  'POST /sso-providers': onlyBeheer404,
  'GET /sso-providers/{id}': onlyBeheer404,
  'PATCH /sso-providers/{id}': onlyBeheer404,
  'GET /sso/providers': 'public',
  'GET /sso/providers/{id}/login': 'public',
  'GET /sso/callback': 'public',
  // Processing log (issue 4).
  'GET /processing-log': logReaders,
  'POST /processing-log/search': logReaders,
  'GET /processing-log/export': logReaders,
  // Cases (issue 5: registration and assessment). The matrix's professional (politie) is the
  // registering user of every case it addresses; the procesregisseur is the assigned one, except
  // for take-over, where another procesregisseur holds the case. No role in the case → 404.
  'POST /cases': { anonymous: 401, professional: 'ok', default: 403 },
  'GET /cases': anySignedIn,
  'GET /cases/{id}': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  'PATCH /cases/{id}': { anonymous: 401, professional: 'ok', default: 404 },
  'POST /cases/{id}/submit': { anonymous: 401, professional: 'ok', default: 404 },
  'POST /cases/{id}/pick-up': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/accept': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/reject': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/withdraw': { anonymous: 401, professional: 'ok', procesregisseur: 403, default: 404 },
  'POST /cases/{id}/take-over': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/questions': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  // Notifications, search and "Mijn taken" (issue 5 §9–11): everything is the caller's own, filtered
  // in SQL, so every signed-in user gets 200 (possibly empty); another user's notification is 404.
  'GET /me/notifications': anySignedIn,
  'POST /me/notifications/{id}/read': { anonymous: 401, default: 404 },
  'POST /me/notifications/read-all': anySignedIn,
  'GET /me/notification-settings': anySignedIn,
  'PUT /me/notification-settings': anySignedIn,
  'POST /cases/search': anySignedIn,
  'GET /me/tasks': anySignedIn,
  // The caller's own seats in the governance bodies (Art. 4.3, 6.3, 6.4): anyone signed in, own data only.
  'GET /me/governance': anySignedIn,
  // Triage and case conference (issue 5 §3–4; Art. 1.8, 8, 12.2b–e). The matrix professional is the
  // registering professional, the addressee of the information request (their party, politie), and
  // the named participant and coordinator of the conference; relations beyond that (participant of
  // another party, unnamed colleague, party not admitted) are in cases-triage/-conference tests.
  'POST /cases/{id}/information-requests': {
    anonymous: 401,
    procesregisseur: 'ok',
    informatiecentrum: 'ok',
    professional: 403,
    default: 404,
  },
  'GET /cases/{id}/information-requests': {
    anonymous: 401,
    procesregisseur: 'ok',
    informatiecentrum: 'ok',
    professional: 403,
    default: 404,
  },
  'POST /cases/{id}/information-requests/{requestId}/cancel': {
    anonymous: 401,
    procesregisseur: 'ok',
    informatiecentrum: 'ok',
    professional: 403,
    default: 404,
  },
  'GET /information-requests': anySignedIn,
  'GET /information-requests/{id}': { anonymous: 401, professional: 'ok', default: 404 },
  'POST /information-requests/{id}/answer': { anonymous: 401, professional: 'ok', default: 404 },
  'POST /cases/{id}/decide-triage': {
    anonymous: 401,
    procesregisseur: 'ok',
    professional: 403,
    informatiecentrum: 403,
    default: 404,
  },
  'GET /triage/next': { anonymous: 401, procesregisseur: 'ok', informatiecentrum: 'ok', default: 404 },
  'GET /cases/{id}/conferences': { anonymous: 401, procesregisseur: 'ok', professional: 'ok', default: 404 },
  'POST /cases/{id}/conferences': { anonymous: 401, procesregisseur: 'ok', professional: 403, default: 404 },
  'PATCH /cases/{id}/conferences/{conferenceId}': {
    anonymous: 401,
    procesregisseur: 'ok',
    professional: 403,
    default: 404,
  },
  'POST /cases/{id}/conferences/{conferenceId}/cancel': {
    anonymous: 401,
    procesregisseur: 'ok',
    professional: 403,
    default: 404,
  },
  'POST /cases/{id}/conferences/{conferenceId}/hold': {
    anonymous: 401,
    procesregisseur: 'ok',
    professional: 403,
    default: 404,
  },
  'GET /cases/{id}/conferences/{conferenceId}/invitation.ics': {
    anonymous: 401,
    procesregisseur: 'ok',
    professional: 'ok',
    default: 404,
  },
  // H18: whom to name as participants (Art. 8.2, 12.2e): only who plans; the registering professional 403.
  'GET /cases/{id}/participant-candidates': {
    anonymous: 401,
    procesregisseur: 'ok',
    professional: 403,
    default: 404,
  },
  'POST /cases/{id}/plan-follow-up': {
    anonymous: 401,
    procesregisseur: 'ok',
    professional: 'ok',
    default: 404,
  },
  // Governance part B, membership of the covenant (issue 7, Art. 19–23). Readers are the Stuurgroep
  // secretary, the manager and the parties' delegates (Art. 10.1; the matrix's professional holds no
  // seat, so 404); the secretary runs the workflows; a delegate consents for their own party only.
  'GET /covenant/term': anySignedIn,
  'GET /accessions': membershipReaders,
  'POST /accessions': secretaryRuns,
  'GET /accessions/{id}': membershipReaders,
  'GET /accessions/{id}/form': membershipReaders,
  'POST /accessions/{id}/notify': secretaryRuns,
  'POST /accessions/{id}/consent': delegatesConsent,
  'POST /accessions/{id}/decision': secretaryRuns,
  'POST /accessions/{id}/signatures': secretaryRuns,
  'GET /covenant/versions': membershipReaders,
  'POST /covenant/versions': secretaryRuns,
  'GET /covenant/versions/{id}': membershipReaders,
  'POST /covenant/versions/{id}/signatures': secretaryRuns,
  'GET /terminations': membershipReaders,
  'POST /terminations': secretaryRuns,
  'GET /terminations/{id}': membershipReaders,
  'POST /terminations/{id}/decision': secretaryRuns,
  'POST /terminations/{id}/take-effect': secretaryRuns,
  // Disputes: the matrix's dispute is about a case coordinator, raised by the professional and
  // handled by the procesregisseur (Art. 13.4); nobody else knows of it.
  'GET /disputes': anySignedIn,
  'POST /disputes': { anonymous: 401, beheer: 403, privacy: 403, informatiecentrum: 403, default: 'ok' },
  'GET /disputes/{id}': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  'POST /disputes/{id}/escalate': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /disputes/{id}/resolve': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  // External communication (Art. 19): the manager or secretary proposes, the manager releases.
  'GET /statements': membershipReaders,
  'POST /statements': { anonymous: 401, manager: 'ok', secretaris: 'ok', default: 404 },
  'GET /statements/{id}': membershipReaders,
  'POST /statements/{id}/consent': delegatesConsent,
  'POST /statements/{id}/release': { anonymous: 401, manager: 'ok', secretaris: 403, default: 404 },
  // Governance part A (issue 7 items 1–4; Art. 4–7, 18, Bijlage 3). Seats in the matrix (see
  // test/integration/governance-fixtures.ts): the secretaris is secretary of every body, the manager
  // a non-voting member of the Stuurgroep and Partneroverleg; nobody else holds a seat, so meetings
  // and their documents are 404 to them (Art. 5.7, 7.5). Votes: no matrix user holds a party's vote
  // (403 for members); voters are tested in governance-decisions.test.ts.
  'GET /mandates': anySignedIn,
  'POST /mandates': govSecretary,
  'GET /mandates/{id}': govMembers,
  'PATCH /mandates/{id}': govSecretary,
  'POST /mandates/{id}/revoke': govSecretary,
  'GET /meetings': anySignedIn,
  'POST /meetings': govSecretary,
  'GET /meetings/{id}': govMembers,
  'PATCH /meetings/{id}': govSecretary,
  'PUT /meetings/{id}/attendance': govSecretary,
  'PUT /meetings/{id}/minutes': govSecretary,
  'GET /meetings/{id}/calendar': govMembers,
  'POST /meetings/{id}/decision-list': govSecretary,
  'GET /bodies/{id}/cadence': govMembers,
  'POST /agenda-items': govMembers,
  'GET /agenda-items': anySignedIn,
  'PATCH /agenda-items/{id}': govSecretary,
  'POST /decisions': govSecretary,
  'GET /decisions': anySignedIn,
  'GET /decisions/{id}': govMembers,
  'PATCH /decisions/{id}': govSecretary,
  'POST /decisions/{id}/votes': { anonymous: 401, secretaris: 403, manager: 403, default: 404 },
  'POST /decisions/{id}/written-inputs': govSecretary,
  'POST /decisions/{id}/close': govSecretary,
  'POST /decisions/{id}/refer': govSecretary,
  'GET /decision-lists': anySignedIn,
  'GET /decision-lists/{id}': govMembers,
  'GET /annual-plans': govMembers,
  'POST /annual-plans': govMembers,
  'GET /annual-plans/{id}': govMembers,
  'PATCH /annual-plans/{id}': govMembers,
  'POST /annual-plans/{id}/propose': govSecretary,
  'GET /annual-reports': govMembers,
  'POST /annual-reports': govMembers,
  'GET /annual-reports/{id}': govMembers,
  'PATCH /annual-reports/{id}': govMembers,
  'POST /annual-reports/{id}/propose': govSecretary,
  'GET /finances/{year}': govMembers,
  'PUT /finances/{year}': { anonymous: 401, manager: 'ok', secretaris: 403, default: 404 },
  // Execution, escalation, de-escalation (issue 5 §5–7; test/integration/cases-execution-matrix.ts):
  // the matrix professional registered the case but is neither coordinator nor participant; the
  // procesregisseur is assigned; the manager has a role only while the case is escalated.
  'GET /cases/{id}/execution': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/actions/{actionId}/status': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 403,
    default: 404,
  },
  // Art. 16.2: the procesregisseur (or the coordinator) changes which items an action cites.
  'POST /cases/{id}/actions/{actionId}/citations': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 'ok',
    default: 404,
  },
  'POST /cases/{id}/progress-reports': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 403,
    default: 404,
  },
  'POST /cases/{id}/escalate': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/resolve-escalation': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 'ok',
    manager: 'ok',
    default: 404,
  },
  'GET /cases/{id}/overdue-actions': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 'ok',
    default: 404,
  },
  'GET /overdue-actions': { anonymous: 401, default: 'ok' },
  'POST /cases/{id}/propose-deescalation': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 'ok',
    default: 404,
  },
  'POST /cases/{id}/approve-deescalation': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 'ok',
    default: 404,
  },
  'POST /cases/{id}/cancel-deescalation': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 'ok',
    default: 404,
  },
  'GET /cases/{id}/deescalation': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'GET /cases/{id}/scrub': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/scrub': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  // Information items (issue 6 part A; Art. 12.2f, 15.1, 16.2; information-items-matrix.ts): a case
  // in triage; the matrix professional registered it and provided the item; the procesregisseur is
  // assigned (sees every live item, assesses, adds the house's notes, changes no party's item); the
  // informatiecentrum has a relation in triage but no part in the exchange; the rest: 404.
  'GET /cases/{id}/information-items': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 'ok',
    default: 404,
  },
  'POST /cases/{id}/information-items': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 'ok',
    informatiecentrum: 403,
    default: 404,
  },
  'GET /information-items/{id}': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  'POST /information-items/{id}/conditions': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 403,
    default: 404,
  },
  'POST /information-items/{id}/withdraw': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 403,
    default: 404,
  },
  'POST /information-items/{id}/pre-conference/assessment': {
    anonymous: 401,
    professional: 403,
    procesregisseur: 'ok',
    default: 404,
  },
  'POST /information-items/{id}/pre-conference/approval': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 403,
    default: 404,
  },
  'POST /information-items/{id}/attachments': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 403,
    default: 404,
  },
  'GET /information-items/{id}/attachments/{attachmentId}': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 'ok',
    default: 404,
  },
  // The manager's overview: counts and metadata only (Art. 11.3).
  'GET /manager/overview': { anonymous: 401, manager: 'ok', default: 404 },
  // Disclosure to third parties (issue 6 §3; Art. 9.2, 19.1; information-disclosure-matrix.ts): a
  // case in execution; the matrix professional (politie) registered it, provided the item and
  // requested the disclosure, so it is requester and the item's decider (re-authentication
  // needed); the assigned procesregisseur sees the request but neither decides nor exports.
  'POST /cases/{id}/disclosures': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  'GET /cases/{id}/disclosures': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  'GET /cases/{id}/disclosures/{disclosureId}': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 'ok',
    default: 404,
  },
  'POST /cases/{id}/disclosures/{disclosureId}/items/{itemId}/decision': {
    anonymous: 401,
    professional: 'reauth-required',
    procesregisseur: 403,
    default: 404,
  },
  'POST /cases/{id}/disclosures/{disclosureId}/cancel': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 403,
    default: 404,
  },
  'POST /cases/{id}/disclosures/{disclosureId}/export': {
    anonymous: 401,
    professional: 'ok',
    procesregisseur: 403,
    default: 404,
  },
  // Data-subject requests (issue 6 §4; Wgs contact point): the privacy officer registers, sees all
  // and extends; the matrix professional's party (politie) registered the person's case, so the
  // request is routed to it: it sees its part, decides for politie and exports politie's part.
  'POST /subject-requests': { anonymous: 401, privacy: 'ok', professional: 403, default: 404 },
  'GET /subject-requests': { anonymous: 401, privacy: 'ok', professional: 'ok', default: 404 },
  'GET /subject-requests/{id}': { anonymous: 401, privacy: 'ok', professional: 'ok', default: 404 },
  'POST /subject-requests/{id}/extend': { anonymous: 401, privacy: 'ok', professional: 403, default: 404 },
  'POST /subject-requests/{id}/routes/{partyId}/decision': {
    anonymous: 401,
    privacy: 403,
    professional: 'ok',
    default: 404,
  },
  'GET /subject-requests/{id}/routes/{partyId}/export': {
    anonymous: 401,
    privacy: 'ok',
    professional: 'ok',
    default: 404,
  },
  // The same export as PDF: exactly the callers of the JSON export.
  'GET /subject-requests/{id}/routes/{partyId}/export.pdf': {
    anonymous: 401,
    privacy: 'ok',
    professional: 'ok',
    default: 404,
  },
  // The effective attachment size limit (configuration, no personal data) for the upload forms.
  'GET /information-settings': anySignedIn,
};

export function expected(e: Exclude<Expectation, 'public'>, as: As): Outcome {
  const outcome = e[as] ?? e.default;
  if (outcome === undefined) throw new Error(`no expectation for ${as}`);
  return outcome;
}
