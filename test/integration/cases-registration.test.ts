/**
 * Registration and assessment end to end (issue 5 §1, §2, §7; Art. 1.7, 12.2a): the happy path,
 * rejection with advice, withdrawal before triage only, validation that stores nothing, and
 * optimistic concurrency. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, PERSON, registration, submittedCase } from './cases-fixtures.js';

describe.each(dialects)('case registration and assessment on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
  });
  afterAll(() => t.close());

  it('registers, submits, is picked up and accepted', async () => {
    const created = await call('professional', 'POST', '/cases', registration(t));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'concept', version: 1 });
    expect(created.json().caseNumber).toMatch(/^ZVH-\d{4}-\d{6}$/);
    const id = created.json().id;

    // A draft is the registering user's alone.
    expect((await call('procesregisseur', 'GET', `/cases/${id}`)).statusCode).toBe(404);
    const draft = await call('professional', 'GET', `/cases/${id}`);
    expect(draft.json().persons[0]).toMatchObject(PERSON);
    expect(draft.json().indication).toBeNull();
    expect(draft.json().permissions).toEqual(expect.arrayContaining(['edit', 'submit', 'withdraw']));

    const edited = await call(
      'professional',
      'PATCH',
      `/cases/${id}`,
      { goal: 'Nieuw doel' },
      draft.headers.etag,
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const sub = await call('professional', 'POST', `/cases/${id}/submit`, {}, edited.headers.etag as string);
    expect(sub.json()).toMatchObject({ status: 'aangemeld', version: 3 });
    expect(
      (await call('professional', 'PATCH', `/cases/${id}`, { goal: 'x' }, sub.headers.etag)).statusCode,
    ).toBe(409);

    const list = await call('procesregisseur', 'GET', '/cases?status=aangemeld');
    const item = list.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ relation: 'to-pick-up', personNames: null });

    const seen = await call('procesregisseur', 'GET', `/cases/${id}`);
    expect(seen.json().indication.complex).toBe(true);
    expect(seen.json().permissions).toContain('pick-up');
    const picked = await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {}, seen.headers.etag);
    expect(picked.json().status).toBe('in_beoordeling');

    const q = await call('procesregisseur', 'POST', `/cases/${id}/questions`, { text: 'Is er al hulp?' });
    expect(q.statusCode, q.body).toBe(201);
    const a = await call('professional', 'POST', `/cases/${id}/questions`, { text: 'Ja, via Middin.' });
    expect(a.statusCode, a.body).toBe(201);

    const accepted = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/accept`,
      { reasoning: 'Voldoet aan Bijlage 2' },
      picked.headers.etag as string,
    );
    expect(accepted.json().status).toBe('in_triage');

    const mine = await call('professional', 'GET', `/cases/${id}`);
    expect(mine.json().status).toBe('in_triage');
    expect(mine.json().questions.map((x: { text: string }) => x.text)).toEqual([
      'Is er al hulp?',
      'Ja, via Middin.',
    ]);
    expect(mine.json().timeline.map((e: { type: string }) => e.type)).toEqual([
      'registered',
      'submitted',
      'picked-up',
      'accepted',
    ]);
    // Who asked, answered and acted, by name and party (issue 5): never the e-mail address.
    const named = new Map(
      mine.json().userNames.map((n: { userId: string; displayName: string }) => [n.userId, n.displayName]),
    );
    const who = (id: string) => named.get(id);
    expect(mine.json().questions.map((x: { authorUserId: string }) => who(x.authorUserId))).toEqual([
      'Test procesregisseur',
      'Test professional',
    ]);
    expect(mine.json().timeline.map((e: { actorUserId: string }) => who(e.actorUserId))).toEqual([
      'Test professional',
      'Test professional',
      'Test procesregisseur',
      'Test procesregisseur',
    ]);
    expect(mine.json().userNames).toContainEqual({
      userId: t.users.professional.id,
      displayName: 'Test professional',
      partyId: t.partyIds.get('politie-den-haag'),
      partyName: expect.any(String),
    });
    expect(mine.body).not.toContain(t.users.professional.email);
    expect(mine.body).not.toContain(t.users.procesregisseur.email);
    // Withdrawal is refused once triage started (Art. 1.7).
    const late = await call(
      'professional',
      'POST',
      `/cases/${id}/withdraw`,
      { reason: 'toch niet' },
      mine.headers.etag,
    );
    expect(late.statusCode).toBe(409);
    const myList = await call('professional', 'GET', '/cases');
    expect(myList.json().items.find((i: { id: string }) => i.id === id)).toMatchObject({
      relation: 'registering',
      personNames: [PERSON.name],
    });
  });

  it('rejects with a reason and advice that the registering professional sees, and closes the dossier', async () => {
    const { id, etag } = await submittedCase(t);
    const picked = await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {}, etag);
    const noAdvice = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/reject`,
      { reason: 'x' },
      picked.headers.etag,
    );
    expect(noAdvice.statusCode).toBe(400);
    const rejected = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/reject`,
      { reason: 'Geen meervoudige problematiek', advice: 'Verwijs naar het sociaal wijkteam' },
      picked.headers.etag as string,
    );
    expect(rejected.json().status).toBe('afgewezen');
    const seen = await call('professional', 'GET', `/cases/${id}`);
    expect(seen.json().timeline.at(-1)).toMatchObject({
      type: 'rejected',
      note: 'Geen meervoudige problematiek',
      advice: 'Verwijs naar het sociaal wijkteam',
    });
    const dossier = await t.db.kysely
      .selectFrom('dossiers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(dossier.closed_at).not.toBeNull();
  });

  it('lets the registering professional withdraw before triage, with a reason', async () => {
    const { id, etag } = await submittedCase(t);
    expect(
      (await call('procesregisseur', 'POST', `/cases/${id}/withdraw`, { reason: 'r' }, etag)).statusCode,
    ).toBe(403);
    const w = await call('professional', 'POST', `/cases/${id}/withdraw`, { reason: 'Opgelost' }, etag);
    expect(w.json().status).toBe('ingetrokken');
    const d = await t.db.kysely
      .selectFrom('dossiers')
      .select('closed_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(d.closed_at).not.toBeNull();
  });

  it('refuses invalid registrations with 400 naming the field, and stores nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('cases')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const badBsn = await call(
      'professional',
      'POST',
      '/cases',
      registration(t, { persons: [{ ...PERSON, bsn: '123456789' }] }),
    );
    expect(badBsn.statusCode).toBe(400);
    expect(badBsn.json().detail).toContain('persons.0.bsn');
    const unknownProtocol = await call(
      'professional',
      'POST',
      '/cases',
      registration(t, { protocolKey: 'onbekend' }),
    );
    expect(unknownProtocol.statusCode).toBe(400);
    expect(unknownProtocol.json().detail).toContain('protocolKey');
    const unknownField = await call('professional', 'POST', '/cases', { ...registration(t), extra: 1 });
    expect(unknownField.statusCode).toBe(400);
    const noReason = await call(
      'professional',
      'POST',
      '/cases',
      registration(t, { notInformedReason: null }),
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().detail).toContain('notInformedReason');
    expect(await count()).toBe(before);
  });

  it('answers a stale If-Match with 412 and a missing one with 428, changing nothing', async () => {
    const { id, etag } = await submittedCase(t);
    const stale = await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {}, '"v1"');
    expect(stale.statusCode).toBe(412);
    const missing = await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {});
    expect(missing.statusCode).toBe(428);
    const row = await t.db.kysely
      .selectFrom('cases')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'aangemeld', version: Number(etag.replace(/\D/g, '')) });
  });
});
