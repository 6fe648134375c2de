/**
 * Cases for the action-plan citation suites (Art. 8.4b, 16.2; security backlog 21), brought through
 * the real API to a planned conference, so that items can be provided before the plan is recorded.
 * The cast is that of cases-execution-fixtures.ts: the matrix professional (politie) registers;
 * the matrix procesregisseur is assigned; a Middin professional is named and becomes the case
 * coordinator; a Parnassia professional is a named participant and provides the items; a GGD
 * professional is of a party that was not invited.
 */
import { localDate } from '../../src/modules/cases/execution/rules.js';
import type { TestApp } from '../support/app.js';
import { castOf } from './cases-execution-fixtures.js';
import { api, type Caller, registration } from './cases-fixtures.js';

export interface PlannedCase {
  id: string;
  etag: string;
  conferenceId: string;
}

const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000), 'Europe/Amsterdam');

async function ok(res: Awaited<ReturnType<ReturnType<typeof api>>>, what: string, status = 200) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res;
}

/** A case with a planned conference of Middin, Parnassia and Politie (registering: politie). */
export async function plannedCase(t: TestApp, overrides: Record<string, unknown> = {}): Promise<PlannedCase> {
  const call = api(t);
  const cast = await castOf(t);
  const party = (k: string) => t.partyIds.get(k) as string;
  const created = await ok(
    await call('professional', 'POST', '/cases', registration(t, { partnersInvolved: [], ...overrides })),
    'register',
    201,
  );
  const id = created.json().id as string;
  let etag = created.headers.etag as string;
  const step = async (as: Caller, path: string, payload: object = {}) => {
    etag = (await ok(await call(as, 'POST', `/cases/${id}/${path}`, payload, etag), path)).headers
      .etag as string;
  };
  await step('professional', 'submit');
  await step('procesregisseur', 'pick-up');
  await step('procesregisseur', 'accept', { reasoning: 'Complex volgens Bijlage 2' });
  await step('procesregisseur', 'decide-triage', {
    route: 'conference',
    goal: 'Plan van aanpak opstellen',
    themes: ['Wonen'],
    partyIds: ['middin', 'parnassia-groep', 'politie-den-haag'].map(party),
  });
  const soon = new Date(Date.now() + 2 * 86_400_000);
  const planned = await ok(
    await call('procesregisseur', 'POST', `/cases/${id}/conferences`, {
      startsAt: soon.toISOString(),
      endsAt: new Date(soon.getTime() + 3_600_000).toISOString(),
      location: 'Zorg- en Veiligheidshuis, zaal 3',
      goal: 'Plan van aanpak opstellen',
      decisionTypes: ['Taakverdeling'],
      themes: ['Wonen'],
      invitations: [
        {
          partyId: party('middin'),
          contribution: 'Woonbegeleiding',
          participantUserIds: [cast.coordinator.id],
        },
        { partyId: party('parnassia-groep'), contribution: 'Ggz', participantUserIds: [cast.participant.id] },
        { partyId: party('politie-den-haag'), contribution: 'Meldingen', participantUserIds: [] },
      ],
    }),
    'plan',
    201,
  );
  return { id, etag, conferenceId: planned.json().id as string };
}

export interface ActionInput {
  owner: string;
  description: string;
  citedItemIds?: string[];
}

/** The record of the held conference with the given actions (Middin coordinates). */
export async function holdRecord(t: TestApp, actions: ActionInput[]) {
  const cast = await castOf(t);
  return {
    attendance: [
      { userId: cast.coordinator.id, present: true },
      { userId: cast.participant.id, present: true },
    ],
    coordinatorUserId: cast.coordinator.id,
    actions: actions.map((a) => ({
      ownerPartyId: t.partyIds.get(a.owner) as string,
      description: a.description,
      dueDate: day(14),
      ...(a.citedItemIds && { citedItemIds: a.citedItemIds }),
    })),
    partyRoles: [],
    deescalationCriteria: 'Woonsituatie stabiel',
    minutes: 'Afspraken gemaakt.',
  };
}

export const holdAt = (t: TestApp, c: PlannedCase, record: object) =>
  api(t)('procesregisseur', 'POST', `/cases/${c.id}/conferences/${c.conferenceId}/hold`, record, c.etag);

/** An item with the given conditions, provided by `as` (a participant or the coordinator). */
export async function provide(
  t: TestApp,
  as: Caller,
  caseId: string,
  item: { title: string } & Record<string, unknown>,
): Promise<{ id: string; etag: string }> {
  const res = await ok(
    await api(t)(as, 'POST', `/cases/${caseId}/information-items`, {
      body: `Inhoud van ${item.title}`,
      regime: 'gewoon',
      visibility: 'all-participants',
      useInActionPlan: true,
      ...item,
    }),
    `provide ${item.title}`,
    201,
  );
  return { id: res.json().id, etag: res.headers.etag as string };
}
