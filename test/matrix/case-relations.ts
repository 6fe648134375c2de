/**
 * The case relation authorization matrix (issue 5: "every case operation × role × relation";
 * domain.md §4 need to know; Art. 1.7, 8, 9.2, 11.3d, 12, 13, 15.3, 16.2). For every operation
 * that acts on one case or one of its parts, in the stage of the case the operation needs, what
 * each relation to that case gets. test/matrix/entries.ts varies by role only; this table varies
 * by relation. `ok` is any 2xx; a number is the exact status; a string is the problem code;
 * `reauth` is "reauth-required, and a 2xx after re-authenticating". Whoever has no relation to the
 * case gets 404, never 403, so that not even a case's existence leaks.
 *
 * Which operations are case operations (the rule the test applies to the OpenAPI document): every
 * operation whose path has a path parameter, unless the path's first segment is one of
 * `nonCaseResources` below. A new templated resource therefore fails the test until it is either
 * given rows here or named as a resource that addresses no case.
 *
 * The cast (test/integration/case-relations-cast.ts; cases built by case-relations-fixtures.ts)
 * under the youth-group protocol (Art. 15.3c): the matrix professional (politie) registers; a Reclassering professional is a named
 * participant and provides the information item; a colleague of theirs is of that invited party
 * but not named; a Perspektief professional is named and becomes the case coordinator when the
 * conference is held; a JIT professional is named, after which the protocol stops admitting JIT;
 * Openbaar Ministerie is admitted but never invited; Middin is never admitted; the matrix
 * procesregisseur is assigned; a second procesregisseur is not. Relations that only arise later
 * in the flow (participants before the conference is planned; the coordinator before it is held)
 * do not yet exist in an earlier stage: there those users have no relation (404). An actor a row
 * does not name gets 404.
 */

export const caseRelationActors = [
  'registering',
  'registering-colleague',
  'participant',
  'uninvited-colleague',
  'coordinator',
  'not-invited',
  'not-admitted',
  'never-admitted',
  'assigned',
  'other-procesregisseur',
  'informatiecentrum',
  'manager',
  'beheer',
  'privacy',
  'secretaris',
  'anonymous',
] as const;
export type CaseRelationActor = (typeof caseRelationActors)[number];

/** The stage a case is brought to before the operation is called (case-relations-fixtures.ts). */
export const caseStages = [
  'concept',
  'aangemeld',
  'in_beoordeling',
  'in_triage',
  'request',
  'request-not-admitted',
  'overleg_gepland',
  'planned',
  'planned-item',
  'planned-item-assessed',
  'execution',
  'item',
  'item-attachment',
  'item-not-admitted',
  'disclosure',
  'disclosure-approved',
  'escalated',
  'proposed',
  'deescalated',
] as const;
export type CaseStage = (typeof caseStages)[number];

export type RelationOutcome = 'ok' | 401 | 403 | 404 | 'conflict' | 'validation' | 'reauth';

export interface CaseScenario {
  stage: CaseStage;
  expect: Partial<Record<CaseRelationActor, RelationOutcome>>;
  /** Several callers may succeed on one case (creating a part does not move the case). */
  repeatable?: boolean;
}

/** First path segments of templated operations that address no case (each with its reason). */
export const nonCaseResources: Record<string, string> = {
  users: 'accounts',
  'sso-providers': 'single sign-on',
  sso: 'single sign-on',
  me: 'own account',
  parties: 'covenant parties',
  'privacy-protocols': 'house configuration',
  bodies: 'governance',
  accessions: 'governance',
  covenant: 'governance',
  terminations: 'governance',
  disputes: 'governance: about a role-holder, not a case',
  statements: 'governance',
  mandates: 'governance',
  meetings: 'governance',
  'agenda-items': 'governance',
  decisions: 'governance',
  'decision-lists': 'governance',
  'annual-plans': 'governance',
  'annual-reports': 'governance',
  finances: 'governance',
  'subject-requests': 'data-subject requests: about a person across cases, for the privacy officer',
};

/** The rule above: a templated path outside the non-case resources. */
export function isCaseOperation(path: string): boolean {
  const first = path.split('/')[1] ?? '';
  return path.includes('{') && !(first in nonCaseResources);
}

type Expect = CaseScenario['expect'];
/** Signing in comes first; every actor a row does not name gets 404 (no relation, or none that shows). */
const base: Expect = { anonymous: 401 };
const ok = (...who: CaseRelationActor[]): Expect => Object.fromEntries(who.map((w) => [w, 'ok']));
const refused = (...who: CaseRelationActor[]): Expect => Object.fromEntries(who.map((w) => [w, 403]));
const at = (stage: CaseStage, ...parts: Expect[]): CaseScenario => ({
  stage,
  expect: Object.assign({}, base, ...parts),
});
/** The four relations through which someone takes part in a case once its conference is held. */
const roles: CaseRelationActor[] = ['registering', 'participant', 'coordinator', 'assigned'];
const allRolesSee = ok(...roles);
/** Those with a role see the case; only `who` may act; the rest of the roles get 403. */
const only = (stage: CaseStage, ...who: CaseRelationActor[]) =>
  at(stage, refused(...roles.filter((r) => !who.includes(r))), ok(...who));

export const caseRelationMatrix: Record<string, CaseScenario[]> = {
  // Registration and assessment (Art. 1.7, 12.1, 12.2a). A registration waiting to be picked up is
  // visible to every procesregisseur; in triage also to the informatiecentrum (Art. 1.14); on
  // escalation to the manager (Art. 11.3d); the JIT participant no longer (Art. 15.3).
  'GET /cases/{id}': [
    at('aangemeld', ok('registering', 'assigned', 'other-procesregisseur')),
    at('in_triage', ok('registering', 'assigned', 'informatiecentrum')),
    at('execution', allRolesSee),
    at('escalated', allRolesSee, ok('manager')),
  ],
  // A draft is the registering professional's alone: nobody else learns it exists.
  'PATCH /cases/{id}': [at('concept', ok('registering'))],
  'POST /cases/{id}/submit': [at('concept', ok('registering'))],
  'POST /cases/{id}/pick-up': [
    at('aangemeld', ok('assigned', 'other-procesregisseur'), refused('registering')),
  ],
  'POST /cases/{id}/withdraw': [
    at('aangemeld', ok('registering'), refused('assigned', 'other-procesregisseur')),
  ],
  'POST /cases/{id}/accept': [at('in_beoordeling', ok('assigned'), refused('registering'))],
  'POST /cases/{id}/reject': [at('in_beoordeling', ok('assigned'), refused('registering'))],
  // Art. 12.1: any procesregisseur may take over an open case by id (explicit and logged).
  'POST /cases/{id}/take-over': [
    at('in_beoordeling', ok('other-procesregisseur'), refused('registering'), { assigned: 'validation' }),
  ],
  'POST /cases/{id}/questions': [
    { ...at('in_beoordeling', ok('registering', 'assigned')), repeatable: true },
  ],
  // Triage (Art. 1.8, 1.14, 12.2b): the asked party (Reclassering) sees and answers its request
  // through its own view, every professional of that party, without seeing the case.
  'POST /cases/{id}/information-requests': [
    { ...at('in_triage', ok('assigned', 'informatiecentrum'), refused('registering')), repeatable: true },
  ],
  'GET /cases/{id}/information-requests': [
    at('request', ok('assigned', 'informatiecentrum'), refused('registering')),
  ],
  'POST /cases/{id}/information-requests/{requestId}/cancel': [
    at('request', ok('assigned', 'informatiecentrum'), refused('registering')),
  ],
  'GET /information-requests/{id}': [
    at('request', ok('participant', 'uninvited-colleague')),
    at('request-not-admitted'),
  ],
  'POST /information-requests/{id}/answer': [
    at('request', ok('participant', 'uninvited-colleague')),
    at('request-not-admitted'),
  ],
  'POST /cases/{id}/decide-triage': [
    at('in_triage', ok('assigned'), refused('registering', 'informatiecentrum')),
  ],
  // The conference (Art. 8, 12.2c–e): planned by the assigned procesregisseur; the named
  // participants (JIT's no longer admitted) read it and download their invitation.
  'GET /cases/{id}/conferences': [at('planned', allRolesSee), at('escalated', allRolesSee, ok('manager'))],
  'POST /cases/{id}/conferences': [at('overleg_gepland', ok('assigned'), refused('registering'))],
  'PATCH /cases/{id}/conferences/{conferenceId}': [only('planned', 'assigned')],
  'POST /cases/{id}/conferences/{conferenceId}/cancel': [only('planned', 'assigned')],
  'POST /cases/{id}/conferences/{conferenceId}/hold': [only('planned', 'assigned')],
  // Whom the procesregisseur may name (Art. 8.2, 12.2e, 15.3): only who plans or changes the conference.
  'GET /cases/{id}/participant-candidates': [
    at('overleg_gepland', ok('assigned'), refused('registering')),
    only('planned', 'assigned'),
  ],
  'GET /cases/{id}/conferences/{conferenceId}/invitation.ics': [
    only('planned', 'participant', 'coordinator', 'assigned'),
  ],
  // Execution (Art. 8.5, 11.3d, 13): the coordinator supervises and reports; each party moves its
  // own actions (the addressed action is Reclassering's); the procesregisseur or coordinator
  // escalates; the manager resolves only an escalated case.
  'POST /cases/{id}/plan-follow-up': [only('execution', 'coordinator', 'assigned')],
  'GET /cases/{id}/execution': [at('execution', allRolesSee), at('escalated', allRolesSee, ok('manager'))],
  'POST /cases/{id}/actions/{actionId}/status': [only('execution', 'participant', 'coordinator')],
  // Art. 8.4b, 13.2, 16.2: what an action is based on is part of the plan: the coordinator or the
  // procesregisseur changes it, citing the participant's item (which allows use in the plan).
  'POST /cases/{id}/actions/{actionId}/citations': [only('item', 'coordinator', 'assigned')],
  'POST /cases/{id}/progress-reports': [{ ...only('execution', 'coordinator'), repeatable: true }],
  'POST /cases/{id}/escalate': [only('execution', 'coordinator', 'assigned')],
  'POST /cases/{id}/resolve-escalation': [at('escalated', refused(...roles), ok('assigned', 'manager'))],
  'GET /cases/{id}/overdue-actions': [
    at('execution', allRolesSee),
    at('escalated', allRolesSee, ok('manager')),
  ],
  // De-escalation and the scrub (Art. 1.10): procesregisseur and coordinator decide, two people.
  'POST /cases/{id}/propose-deescalation': [only('execution', 'coordinator', 'assigned')],
  'POST /cases/{id}/approve-deescalation': [only('proposed', 'coordinator', 'assigned')],
  'POST /cases/{id}/cancel-deescalation': [only('proposed', 'coordinator', 'assigned')],
  // Art. 11.3d: on escalation the manager reads what the procesregisseur reads.
  'GET /cases/{id}/deescalation': [
    only('execution', 'coordinator', 'assigned'),
    at('escalated', refused('registering', 'participant'), ok('coordinator', 'assigned', 'manager')),
  ],
  'GET /cases/{id}/scrub': [only('deescalated', 'assigned')],
  'POST /cases/{id}/scrub': [only('deescalated', 'assigned')],
  // Information items (Art. 12.2f, 15.1, 16.2). The item is Reclassering's (all participants),
  // provided by the named participant, who acts for the provider (the controller); a Reclassering
  // colleague without a role in the case does not (need to know): 404. Before the conference only
  // the procesregisseur and the provider see it. A party the protocol no longer admits (JIT, Art.
  // 15.3) no longer sees even the item it provided itself: 404, like the case.
  'GET /cases/{id}/information-items': [
    at('in_triage', ok('registering', 'assigned')),
    at('escalated', allRolesSee),
    at('item', allRolesSee),
    at('item-not-admitted', allRolesSee),
  ],
  // The informatiecentrum sees a case in triage but takes no part in the exchange; nor does the
  // manager of an escalated case (visibility.ts): the list is 404 to them, providing 403.
  'POST /cases/{id}/information-items': [
    { ...at('in_triage', ok('registering', 'assigned'), refused('informatiecentrum')), repeatable: true },
    { ...at('execution', allRolesSee), repeatable: true },
  ],
  'GET /information-items/{id}': [at('item', allRolesSee), at('item-not-admitted', allRolesSee)],
  'POST /information-items/{id}/conditions': [
    at('item', refused('registering', 'coordinator', 'assigned'), ok('participant')),
  ],
  'POST /information-items/{id}/withdraw': [
    at('item', refused('registering', 'coordinator', 'assigned'), ok('participant')),
  ],
  'POST /information-items/{id}/pre-conference/assessment': [
    at('planned-item', ok('assigned'), refused('participant')),
  ],
  'POST /information-items/{id}/pre-conference/approval': [
    at('planned-item-assessed', ok('participant'), refused('assigned')),
  ],
  'POST /information-items/{id}/attachments': [
    {
      ...at('item', refused('registering', 'coordinator', 'assigned'), ok('participant')),
      repeatable: true,
    },
  ],
  'GET /information-items/{id}/attachments/{attachmentId}': [at('item-attachment', allRolesSee)],
  // Disclosure to a third party (Art. 9.2): the registering professional asked to disclose the
  // participant's item; the participant decides for Reclassering (re-authenticated); the
  // coordinator sees that there are requests but not this one (neither requester nor decider).
  'POST /cases/{id}/disclosures': [{ ...at('item', allRolesSee), repeatable: true }],
  'GET /cases/{id}/disclosures': [at('disclosure', allRolesSee)],
  'GET /cases/{id}/disclosures/{disclosureId}': [
    at('disclosure', ok('registering', 'participant', 'assigned')),
  ],
  'POST /cases/{id}/disclosures/{disclosureId}/items/{itemId}/decision': [
    at('disclosure', { participant: 'reauth' }, refused('registering', 'assigned')),
  ],
  'POST /cases/{id}/disclosures/{disclosureId}/cancel': [
    at('disclosure', ok('registering'), refused('participant', 'assigned')),
  ],
  'POST /cases/{id}/disclosures/{disclosureId}/export': [
    at('disclosure-approved', ok('registering'), refused('participant', 'assigned')),
  ],
};

/** What the actor gets in the scenario: 404 unless the row says otherwise. */
export function relationExpected(s: CaseScenario, who: CaseRelationActor): RelationOutcome {
  return s.expect[who] ?? 404;
}
