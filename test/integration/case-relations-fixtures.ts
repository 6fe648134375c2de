/**
 * The cases of the case relation matrix (issue 5: every case operation × relation;
 * test/matrix/case-relations.ts). Every case is brought through the real API to the stage an
 * operation needs, under the youth-group privacy protocol (Art. 15.3c), which admits only some
 * parties. The cast (case-relations-cast.ts): the matrix professional (politie) registers; the matrix procesregisseur is
 * assigned; a Reclassering professional is a named participant (and a colleague of theirs is of
 * the invited party but not named); a Perspektief professional is named and, once the conference
 * is held, the case coordinator; a JIT professional is named too, after which the protocol stops
 * admitting JIT (Art. 15.3: admission is checked on every request, not only on invitation).
 */

import { type CaseRelationActor, type CaseStage, caseStages } from '../matrix/case-relations.js';
import type { Session, TestApp } from '../support/app.js';
import { admitJit, type Cast } from './case-relations-cast.js';
import { api, registration } from './cases-fixtures.js';

type Stage = CaseStage;
const stages = caseStages;

/** A built case: its id and ETag, and the ids and ETags of the parts an operation addresses. */
export interface Built {
  id: string;
  etag: string;
  conferenceId: string;
  conferenceEtag: string;
  requestId: string;
  requestEtag: string;
  /** The action owned by the participant's party (Reclassering). */
  actionId: string;
  itemId: string;
  itemEtag: string;
  attachmentId: string;
  disclosureId: string;
  disclosureEtag: string;
}

export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
export const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);
export const dayIn = (n: number) => inDays(n).toISOString().slice(0, 10);
export const ITEM = {
  title: 'Relatiematrix-informatie',
  body: 'Begeleiding door de reclassering loopt.',
  // Art. 15.2: a regime every party may provide; who may provide Wpg/Wjsg is information-regime-providers.test.ts.
  regime: 'bijzonder',
  visibility: 'all-participants',
  useInActionPlan: true,
};
export const DISCLOSURE = {
  recipient: 'Woningcorporatie',
  purpose: 'Voorkomen huisuitzetting',
  legalBasis: 'Art. 6 lid 1 sub e AVG',
};

const order = (s: Stage) => stages.indexOf(s);
const party = (t: TestApp, k: string) => t.partyIds.get(k) as string;

export async function buildCase(t: TestApp, cast: Cast, stage: Stage): Promise<Built> {
  const call = api(t);
  const as = (who: CaseRelationActor) => cast[who].session as Session;
  const must = async (res: Awaited<ReturnType<ReturnType<typeof api>>>, what: string) => {
    if (res.statusCode >= 300)
      throw new Error(`relation matrix setup ${what}: ${res.statusCode} ${res.body}`);
    return { json: res.json(), etag: res.headers.etag as string };
  };
  const b = {} as Built;
  await admitJit(t, true);
  try {
    const body = registration(t, { protocolKey: 'jeugdgroepen', partnersInvolved: [] });
    const created = await must(await call(as('registering'), 'POST', '/cases', body), 'register');
    b.id = created.json.id;
    b.etag = created.etag;
    const step = async (who: CaseRelationActor, path: string, payload: object = {}) => {
      b.etag = (
        await must(await call(as(who), 'POST', `/cases/${b.id}/${path}`, payload, b.etag), path)
      ).etag;
    };
    if (stage === 'concept') return b;
    await step('registering', 'submit');
    if (stage === 'aangemeld') return b;
    await step('assigned', 'pick-up');
    if (stage === 'in_beoordeling') return b;
    await step('assigned', 'accept', { reasoning: 'Complex volgens Bijlage 2' });
    if (stage === 'in_triage') return b;
    if (stage === 'request' || stage === 'request-not-admitted') {
      const payload = {
        partyId: party(t, stage === 'request' ? 'reclassering-nederland' : 'jit'),
        question: 'Bekend?',
        deadline: dayIn(7),
      };
      const asked = await must(
        await call(as('assigned'), 'POST', `/cases/${b.id}/information-requests`, payload),
        'request',
      );
      b.requestId = asked.json.id;
      b.requestEtag = asked.etag;
      return b;
    }
    await step('assigned', 'decide-triage', {
      route: 'conference',
      goal: 'Plan van aanpak',
      themes: ['Jeugdgroep'],
      partyIds: invited.map((k) => party(t, k)),
    });
    if (stage === 'overleg_gepland') return b;
    const plan = await must(
      await call(as('assigned'), 'POST', `/cases/${b.id}/conferences`, planBody(t, cast)),
      'plan',
    );
    b.conferenceId = plan.json.id;
    b.conferenceEtag = plan.etag;
    const provide = async () => {
      const provider = stage === 'item-not-admitted' ? 'not-admitted' : 'participant';
      const item = await must(
        await call(as(provider), 'POST', `/cases/${b.id}/information-items`, ITEM),
        'item',
      );
      b.itemId = item.json.id;
      b.itemEtag = item.etag;
    };
    if (stage === 'planned-item' || stage === 'planned-item-assessed') {
      await provide();
      if (stage === 'planned-item') return b;
      const url = `/information-items/${b.itemId}/pre-conference/assessment`;
      b.itemEtag = (
        await must(await call(as('assigned'), 'POST', url, { allow: true }, b.itemEtag), 'assess')
      ).etag;
      return b;
    }
    if (stage === 'planned') return b;
    await step('assigned', `conferences/${b.conferenceId}/hold`, holdRecord(t, cast));
    const actions = await t.db.kysely
      .selectFrom('case_actions')
      .select(['id', 'owner_party_id'])
      .where('case_id', '=', b.id)
      .execute();
    b.actionId = actions.find((a) => a.owner_party_id === party(t, 'reclassering-nederland'))?.id as string;
    if (order(stage) >= order('item') && order(stage) <= order('disclosure-approved')) {
      await provide();
      if (stage === 'item-attachment') {
        const url = `/information-items/${b.itemId}/attachments`;
        const added = await must(
          await call(as('participant'), 'POST', url, { filename: 'a.png', content: PNG }),
          'att',
        );
        b.attachmentId = added.json.id;
      }
      if (stage === 'disclosure' || stage === 'disclosure-approved') await disclose(t, cast, b, stage);
      return b;
    }
    if (stage === 'execution') return b;
    if (stage === 'escalated') {
      await step('assigned', 'escalate', { reason: 'Afspraken niet nagekomen' });
      return b;
    }
    await step('assigned', 'propose-deescalation', { evaluation: 'Criteria gehaald' });
    if (stage === 'proposed') return b;
    await step('assigned', 'approve-deescalation');
    await step('coordinator', 'approve-deescalation');
    return b;
  } finally {
    await admitJit(t, false);
  }
}

const invited = ['politie-den-haag', 'reclassering-nederland', 'perspektief', 'jit'];
const named: Record<string, CaseRelationActor[]> = {
  'reclassering-nederland': ['participant'],
  perspektief: ['coordinator'],
  jit: ['not-admitted'],
};

/**
 * The conference: the four invited parties, three of them with a named participant (Art. 8.2,
 * 12.2e). Once JIT is no longer admitted, a new plan leaves it out (party-admission.ts refuses it).
 */
export function planBody(t: TestApp, cast: Cast, parties: string[] = invited, days = 3) {
  const start = inDays(days);
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    location: 'Zorg- en Veiligheidshuis, zaal 1',
    goal: 'Plan van aanpak',
    decisionTypes: ['Taakverdeling'],
    themes: ['Jeugdgroep'],
    invitations: parties.map((k) => ({
      partyId: party(t, k),
      contribution: 'Bijdrage',
      participantUserIds: (named[k] ?? []).map((who) => cast[who].id),
    })),
  };
}

/** The record of the held conference: all named present, Perspektief coordinates (Art. 8.4, 13). */
export function holdRecord(t: TestApp, cast: Cast) {
  return {
    attendance: (['participant', 'coordinator', 'not-admitted'] as const).map((who) => ({
      userId: cast[who].id,
      present: true,
    })),
    coordinatorUserId: cast.coordinator.id,
    actions: ['reclassering-nederland', 'perspektief', 'politie-den-haag'].map((k) => ({
      ownerPartyId: party(t, k),
      description: `Actie van ${k}`,
      dueDate: dayIn(14),
    })),
    partyRoles: [],
    deescalationCriteria: 'Geen incidenten in drie maanden',
    minutes: 'Afspraken gemaakt.',
  };
}

/** The registering professional asks to disclose the participant's item (Art. 9.2). */
async function disclose(t: TestApp, cast: Cast, b: Built, stage: Stage) {
  const res = await api(t)(cast.registering.session as Session, 'POST', `/cases/${b.id}/disclosures`, {
    itemIds: [b.itemId],
    ...DISCLOSURE,
  });
  if (res.statusCode !== 201) throw new Error(`relation matrix disclosure: ${res.statusCode} ${res.body}`);
  b.disclosureId = res.json().id;
  b.disclosureEtag = res.headers.etag as string;
  if (stage !== 'disclosure-approved') return;
  // The approval is written directly (the real, re-authenticated one is a row of the matrix itself).
  const db = t.db.kysely;
  const item = await db
    .selectFrom('information_items')
    .select('version')
    .where('id', '=', b.itemId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('disclosure_request_items')
    .set({
      decision: 'approved',
      decided_at: new Date().toISOString(),
      decided_by_user_id: cast.participant.id,
      item_version: item.version,
    })
    .where('request_id', '=', b.disclosureId)
    .execute();
  await db
    .updateTable('disclosure_requests')
    .set({ status: 'approved' })
    .where('id', '=', b.disclosureId)
    .execute();
}
