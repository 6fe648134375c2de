/**
 * Fixtures for the governance suites (part A: Art. 4–7, 18, Bijlage 3) and the authorization
 * matrix: seats for the matrix users (the secretaris is secretary of every body, the manager a
 * non-voting member of the Stuurgroep and Partneroverleg, Art. 4.3h, 6.3c), and records inserted
 * directly in the state an operation needs, so that only authorization decides the outcome.
 */
import { newId, nowUtc } from '../../src/platform/ids.js';
import { grantSeat, type TestApp } from '../support/app.js';

type Req = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  headers: Record<string, string>;
  payload?: object;
};

export async function bodyId(t: TestApp, key: string): Promise<string> {
  return (
    await t.db.kysely.selectFrom('bodies').select('id').where('key', '=', key).executeTakeFirstOrThrow()
  ).id;
}

export async function seatMatrixUsers(t: TestApp): Promise<void> {
  for (const b of ['stuurgroep', 'partneroverleg', 'jaarvergadering'])
    await grantSeat(t, t.users.secretaris.id, b, 'secretary');
  for (const b of ['stuurgroep', 'partneroverleg']) await grantSeat(t, t.users.manager.id, b, 'member');
}

/** The columns of a record inserted directly as if the secretaris created it: author, times, first version. */
const createdBySecretaris = (t: TestApp) => ({
  created_by_user_id: t.users.secretaris.id,
  created_at: nowUtc(),
  updated_at: nowUtc(),
  version: 1,
});

let n = 0;
export async function freshParty(t: TestApp): Promise<string> {
  const id = newId();
  n++;
  await t.db.kysely
    .insertInto('parties')
    .values({
      id,
      key: `gov-partij-${n}-${id.slice(-6)}`,
      name: `Bestuurspartij ${n}`,
      kind: 'partner',
      domain: 'care',
      status: 'active',
      version: 1,
      created_at: nowUtc(),
      updated_at: nowUtc(),
    })
    .execute();
  return id;
}

export async function insertMeeting(
  t: TestApp,
  bodyKey: string,
  status: 'planned' | 'held' = 'planned',
  startsAt = '2025-03-04T09:00:00.000Z',
) {
  const id = newId();
  await t.db.kysely
    .insertInto('governance_meetings')
    .values({
      id,
      body_id: await bodyId(t, bodyKey),
      title: 'Matrixvergadering',
      kind: bodyKey === 'jaarvergadering' ? 'annual' : 'regular',
      requested_by_party_id: null,
      starts_at: startsAt,
      ends_at: startsAt.replace('T09', 'T11'),
      location: 'Den Haag',
      online_link: null,
      status,
      minutes: null,
      minutes_status: 'none',
      ...createdBySecretaris(t),
    })
    .execute();
  return id;
}

export async function insertDecision(
  t: TestApp,
  bodyKey: string,
  meetingId: string | null,
  status: 'open' | 'adopted' | 'undecided' = 'open',
) {
  const id = newId();
  await t.db.kysely
    .insertInto('governance_decisions')
    .values({
      id,
      body_id: await bodyId(t, bodyKey),
      meeting_id: meetingId,
      agenda_item_id: null,
      title: 'Matrixbesluit',
      proposal: 'Voorstel',
      status,
      consensus: 0,
      tally_json:
        status === 'open'
          ? null
          : JSON.stringify({
              for: 1,
              against: status === 'undecided' ? 1 : 0,
              abstain: 0,
              outcome: status === 'adopted' ? 'adopted' : 'tie',
              unanimous: status === 'adopted',
              refused: [],
            }),
      waiting_for_json: null,
      subject_type: null,
      subject_id: null,
      referred_from_id: null,
      referred_to_id: null,
      closed_at: status === 'open' ? null : nowUtc(),
      ...createdBySecretaris(t),
    })
    .execute();
  return id;
}

export async function insertMandate(t: TestApp, bodyKey: string) {
  const id = newId();
  await t.db.kysely
    .insertInto('governance_mandates')
    .values({
      id,
      body_id: await bodyId(t, bodyKey),
      mandator_party_id: await freshParty(t),
      mandatee_party_id: await freshParty(t),
      scope_json: JSON.stringify(['besluiten']),
      description: '',
      confirmed_on: '2025-01-01',
      valid_from: '2025-01-01',
      valid_until: null,
      revoked_on: null,
      ...createdBySecretaris(t),
    })
    .execute();
  return id;
}

let year = 3000; // beyond what the API accepts, so never clashing with a created one
export async function insertAnnual(t: TestApp, kind: 'plan' | 'report') {
  const id = newId();
  const base = {
    id,
    year: year++,
    status: 'draft' as const,
    decision_id: null,
    adopted_at: null,
    created_at: nowUtc(),
    updated_at: nowUtc(),
    version: 1,
  };
  if (kind === 'plan')
    await t.db.kysely
      .insertInto('governance_annual_plans')
      .values({
        ...base,
        long_term_vision: 'v',
        priorities: 'p',
        budget_and_accounts: 'b',
        quality_assurance: 'q',
      })
      .execute();
  else
    await t.db.kysely
      .insertInto('governance_annual_reports')
      .values({ ...base, report: 'r', accounts: 'a' })
      .execute();
  return id;
}

const v1 = { 'if-match': '"v1"' };

/** A valid request for a governance (part A) operation, or undefined for other operations. */
export async function governanceMatrixRequest(
  t: TestApp,
  key: string,
  counter: number,
): Promise<Req | undefined> {
  const [method, path] = key.split(' ') as [Req['method'], string];
  const known =
    /^\/(mandates|meetings|agenda-items|decisions|decision-lists|annual-plans|annual-reports|finances)\b|^\/bodies\/\{id\}\/cadence$/;
  if (!known.test(path)) return undefined;
  await seatMatrixUsers(t);
  const url = (id: string) => `/api/v1${path.replace(/\{id\}|\{year\}/, id)}`;
  const sg = await bodyId(t, 'stuurgroep');
  /** A read of the resource `id` (or of the collection, for ''). */
  const read = (id: string): Req => ({ method, url: url(id), headers: {} });
  /** A create on the collection. */
  const create = (payload: object): Req => ({ method, url: url(''), headers: {}, payload });
  /** A change of the resource `id` at its first version. */
  const change = (id: string, payload?: object): Req => ({
    method,
    url: url(id),
    headers: v1,
    ...(payload && { payload }),
  });
  /** A change of the resource `id` at the version it has now. */
  const changeAt = (id: string, version: number, payload: object): Req => ({
    method,
    url: url(id),
    headers: { 'if-match': `"v${version}"` },
    payload,
  });
  switch (key) {
    case 'GET /mandates':
    case 'GET /meetings':
    case 'GET /agenda-items':
    case 'GET /decisions':
    case 'GET /decision-lists':
    case 'GET /annual-plans':
    case 'GET /annual-reports':
      return read('');
    case 'POST /mandates':
      return create({
        bodyId: sg,
        mandatorPartyId: await freshParty(t),
        mandateePartyId: await freshParty(t),
        scope: ['besluiten'],
        validFrom: '2025-01-01',
        confirmedOn: '2025-01-02',
      });
    case 'GET /mandates/{id}':
      return read(await insertMandate(t, 'stuurgroep'));
    case 'PATCH /mandates/{id}':
      return change(await insertMandate(t, 'stuurgroep'), { description: `Matrix ${counter}` });
    case 'POST /mandates/{id}/revoke':
      return change(await insertMandate(t, 'stuurgroep'), { revokedOn: '2025-06-01' });
    case 'POST /meetings':
      return create({
        bodyId: sg,
        title: 'Matrix',
        startsAt: '2025-05-01T09:00:00Z',
        endsAt: '2025-05-01T11:00:00Z',
      });
    case 'GET /meetings/{id}':
    case 'GET /meetings/{id}/calendar':
      return read(await insertMeeting(t, 'stuurgroep'));
    case 'PATCH /meetings/{id}':
      return change(await insertMeeting(t, 'stuurgroep'), { title: `Matrix ${counter}` });
    case 'PUT /meetings/{id}/attendance':
      return change(await insertMeeting(t, 'stuurgroep'), {
        items: [{ userId: t.users.manager.id, status: 'present' }],
      });
    case 'PUT /meetings/{id}/minutes':
      return change(await insertMeeting(t, 'stuurgroep', 'held'), { minutes: 'Verslag', status: 'draft' });
    case 'POST /meetings/{id}/decision-list': {
      const m = await insertMeeting(t, 'stuurgroep', 'held');
      await insertDecision(t, 'stuurgroep', m, 'adopted');
      return read(m);
    }
    case 'GET /bodies/{id}/cadence':
      return read(sg);
    case 'POST /agenda-items':
      return create({ bodyId: sg, title: 'Matrixpunt' });
    case 'PATCH /agenda-items/{id}': {
      const res = await t.db.kysely.selectFrom('governance_agenda_items').select('id').executeTakeFirst();
      const id = res?.id ?? newId();
      if (!res)
        await t.db.kysely
          .insertInto('governance_agenda_items')
          .values({
            id,
            body_id: sg,
            meeting_id: null,
            title: 'Punt',
            description: '',
            contributed_by_user_id: t.users.manager.id,
            contributed_for_party_id: null,
            source: 'member',
            status: 'proposed',
            position: 0,
            created_at: nowUtc(),
            version: 1,
          })
          .execute();
      const v = (
        await t.db.kysely
          .selectFrom('governance_agenda_items')
          .select('version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).version;
      return changeAt(id, v, { position: counter % 50 });
    }
    case 'POST /decisions':
      return create({ bodyId: sg, title: 'Matrix', proposal: 'Voorstel' });
    case 'GET /decisions/{id}':
      return read(await insertDecision(t, 'stuurgroep', await insertMeeting(t, 'stuurgroep')));
    case 'PATCH /decisions/{id}':
      return change(await insertDecision(t, 'stuurgroep', null), { title: `Matrix ${counter}` });
    case 'POST /decisions/{id}/votes':
      return change(await insertDecision(t, 'stuurgroep', await insertMeeting(t, 'stuurgroep')), {
        partyId: t.partyIds.get('politie-den-haag'),
        choice: 'for',
      });
    case 'POST /decisions/{id}/written-inputs':
      return change(await insertDecision(t, 'stuurgroep', null), {
        partyId: t.partyIds.get('delft'),
        kind: 'written',
        text: 'Inbreng',
        receivedOn: '2025-03-01',
      });
    case 'POST /decisions/{id}/close':
      return change(await insertDecision(t, 'stuurgroep', await insertMeeting(t, 'stuurgroep', 'held')));
    case 'POST /decisions/{id}/refer':
      return change(
        await insertDecision(
          t,
          'partneroverleg',
          await insertMeeting(t, 'partneroverleg', 'held'),
          'undecided',
        ),
      );
    case 'GET /decision-lists/{id}': {
      const m = await insertMeeting(t, 'stuurgroep', 'held');
      const id = newId();
      await t.db.kysely
        .insertInto('governance_decision_lists')
        .values({
          id,
          meeting_id: m,
          from_body_id: sg,
          to_body_id: await bodyId(t, 'partneroverleg'),
          sent_at: nowUtc(),
          sent_by_user_id: t.users.secretaris.id,
          recipient_count: 2,
          content_json: '[]',
        })
        .execute();
      return read(id);
    }
    case 'POST /annual-plans':
    case 'POST /annual-reports':
      return create({ year: 2000 + (counter % 100) });
    case 'GET /annual-plans/{id}':
      return read(await insertAnnual(t, 'plan'));
    case 'PATCH /annual-plans/{id}':
      return change(await insertAnnual(t, 'plan'), { priorities: 'Nieuw' });
    case 'POST /annual-plans/{id}/propose':
      return change(await insertAnnual(t, 'plan'), { meetingId: await insertMeeting(t, 'stuurgroep') });
    case 'GET /annual-reports/{id}':
      return read(await insertAnnual(t, 'report'));
    case 'PATCH /annual-reports/{id}':
      return change(await insertAnnual(t, 'report'), { report: 'Nieuw' });
    case 'POST /annual-reports/{id}/propose':
      return change(await insertAnnual(t, 'report'), {
        meetingId: await insertMeeting(t, 'jaarvergadering'),
      });
    case 'GET /finances/{year}':
      return read('2025');
    case 'PUT /finances/{year}': {
      const row = await t.db.kysely
        .selectFrom('governance_finance_years')
        .select('version')
        .where('year', '=', 2025)
        .executeTakeFirst();
      return changeAt('2025', row?.version ?? 0, {
        budgetLines: [{ category: 'Personeel', budgetCents: 100, realisedCents: null }],
        contributions: [],
      });
    }
    default:
      return undefined;
  }
}
