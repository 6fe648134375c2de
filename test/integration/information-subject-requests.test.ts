/**
 * Data-subject requests at the Wgs contact point, through the real API on both dialects: the
 * privacy officer registers a request by BSN (POST body only) or by name and date of birth; the
 * person is found through the blind indexes; the request is routed to every party that provided
 * data on the person; each party sees only its own part, decides for its own data and compiles its
 * export (JSON, and the same as a Dutch PDF for the same callers); the deadline (AVG Art. 12.3) is
 * tracked and extended once; everything is logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingLogKeys, pseudonymiseBsn } from '../../src/platform/processing-log/index.js';
import { createTestApp, type Session, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, type Caller, extraUser, PERSON } from './cases-fixtures.js';
import { flow, inDays } from './cases-triage-fixtures.js';
import { pdfPageTexts } from './information-disclosure-fixtures.js';

/** A valid BSN (elfproef) starting with the eight given digits. */
function bsnWith(prefix: string): string {
  for (let p = Number(prefix); ; p++) {
    const digits = String(p).padStart(8, '0');
    const sum = [...digits].reduce((s, d, i) => s + (9 - i) * Number(d), 0);
    const last = sum % 11;
    if (last <= 9) return `${digits}${last}`;
  }
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe.each(dialects)('data-subject requests on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let middin: { id: string; session: Session };
  let ggd: { id: string; session: Session };
  let caseId: string;
  const BSN = bsnWith('73155420');
  const person = {
    name: 'Fatima El Amrani',
    bsn: BSN,
    birthDate: '1975-03-12',
    address: 'Hoefkade 9, Den Haag',
  };
  const party = (k: string) => t.partyIds.get(k) as string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    middin = await extraUser(t, 'middin-avg', ['professional'], 'middin');
    ggd = await extraUser(t, 'ggd-avg', ['professional'], 'ggd-haaglanden');
    const f = flow(t);
    // The person and a second member of the family without BSN; politie registers.
    const c = await f.inTriage({
      caseType: 'family',
      persons: [person, { name: 'Kind El Amrani', birthDate: '2012-06-01', address: person.address }],
    });
    caseId = c.id;
    const asked = await f.ok(
      await call('procesregisseur', 'POST', `/cases/${caseId}/information-requests`, {
        partyId: party('middin'),
        question: 'Is Middin betrokken?',
        deadline: inDays(3),
      }),
      201,
    );
    await f.ok(
      await call(
        middin.session,
        'POST',
        `/information-requests/${asked.json().id}/answer`,
        {
          involved: true,
          summary: 'Woonbegeleiding sinds maart',
          information: 'Twee huisbezoeken per week',
        },
        asked.headers.etag as string,
      ),
    );
    // Another case with the same BSN-less stranger name does not match; the shared fixture PERSON does not either.
    await f.inTriage({ persons: [PERSON] });
  }, 120_000);
  afterAll(() => t.close());

  const register = (as: Caller, subject: object, receivedOn = daysAgo(0), kind = 'access') =>
    call(as, 'POST', '/subject-requests', {
      kind,
      subject,
      description: 'Verzoek om inzage per brief',
      receivedOn,
    });

  it('registers by BSN, finds the person through the indexes and routes to every controller', async () => {
    const res = await register('privacy', { bsn: BSN });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r.reference).toMatch(/^BV-\d{4}-[2-9A-Z]{8}$/);
    expect(r.identifiedBy).toBe('bsn');
    expect(r.casesFound).toBe(1);
    expect(r.status).toBe('open');
    const routes = Object.fromEntries(
      r.routes.map((x: { partyId: string; grounds: string[] }) => [x.partyId, x.grounds]),
    );
    expect(Object.keys(routes).sort()).toEqual([party('middin'), party('politie-den-haag')].sort());
    expect(routes[party('politie-den-haag')]).toContain('registering');
    expect(routes[party('middin')]).toContain('triage');
    expect(r.deadline.state).toBe('on-time');
    expect(r.permissions).toEqual(['extend']);
    // The BSN is stored nowhere and never returned; the log knows the person by pseudonym only.
    expect(res.body).not.toContain(BSN);
    const stored = await t.db.kysely
      .selectFrom('subject_requests')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(BSN);
    const pseudonym = pseudonymiseBsn(processingLogKeys(t.rootKey), BSN);
    expect(stored.subject_pseudonym).toBe(pseudonym);
    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .select(['name', 'case_id', 'data_subject_id', 'processing_activity_id'])
      .where('name', '=', 'subject-request.register')
      .execute();
    expect(logged.some((e) => e.case_id === caseId && e.data_subject_id === pseudonym)).toBe(true);
    expect(logged[0]?.processing_activity_id).toMatch(/inzage-betrokkene$/);
    // Both controllers' professionals are told (kind and link only).
    const told = await t.db.kysely
      .selectFrom('notifications')
      .select(['user_id', 'link'])
      .where('kind', '=', 'subject-request.routed')
      .execute();
    expect(told.map((n) => n.user_id)).toEqual(expect.arrayContaining([middin.id, t.users.professional.id]));
    expect(told.map((n) => n.user_id)).not.toContain(ggd.id);
  });

  it('finds the same person by name and date of birth, and refuses a bad BSN', async () => {
    const res = await register('privacy', { name: 'fátima  el-amrani', birthDate: '1975-03-12' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().identifiedBy).toBe('name-birth-date');
    expect(res.json().casesFound).toBe(1);
    expect(res.json().subject).toEqual({ name: 'fátima  el-amrani', birthDate: '1975-03-12' });
    const stored = await t.db.kysely
      .selectFrom('subject_requests')
      .select('subject_pseudonym')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(stored.subject_pseudonym).toBe(pseudonymiseBsn(processingLogKeys(t.rootKey), BSN));
    const bad = await register('privacy', { bsn: '123456789' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toContain('123456789');
    expect((await register('privacy', { name: 'Alleen Naam' })).statusCode).toBe(400);
    const none = await register('privacy', { bsn: bsnWith('44455566') });
    expect(none.json().status).toBe('no-data');
    expect(none.json().routes).toEqual([]);
  });

  it('lets only the contact point register and shows each party only its own part', async () => {
    for (const as of ['professional', middin.session] as Caller[])
      expect((await register(as, { bsn: BSN })).statusCode).toBe(403);
    for (const as of ['beheer', 'manager', 'procesregisseur', 'informatiecentrum', 'secretaris'] as const)
      expect((await register(as, { bsn: BSN })).statusCode, as).toBe(404);
    expect((await register('anonymous', { bsn: BSN })).statusCode).toBe(401);

    const r = (await register('privacy', { bsn: BSN })).json();
    const url = `/subject-requests/${r.id}`;
    const mine = await call(middin.session, 'GET', url);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().routes.map((x: { partyId: string }) => x.partyId)).toEqual([party('middin')]);
    expect(mine.json().casesFound).toBeNull();
    expect(mine.json().permissions).toEqual([]);
    expect((await call(ggd.session, 'GET', url)).statusCode).toBe(404);
    for (const as of ['beheer', 'manager', 'procesregisseur', 'informatiecentrum', 'secretaris'] as const)
      expect((await call(as, 'GET', url)).statusCode, as).toBe(404);
    const listed = await call(ggd.session, 'GET', '/subject-requests');
    expect(listed.json().items).toEqual([]);
    const politieList = await call('professional', 'GET', '/subject-requests');
    expect(politieList.json().items.map((x: { id: string }) => x.id)).toContain(r.id);
    expect((await call('privacy', 'GET', '/subject-requests?limit=2')).json().items).toHaveLength(2);
    expect((await call('manager', 'GET', '/subject-requests')).statusCode).toBe(404);
  });

  it('lets each controller decide for its own data only, and compiles its export', async () => {
    const r = (await register('privacy', { bsn: BSN })).json();
    const decision = (as: Caller, partyKey: string, version = '"v1"', decision = 'granted') =>
      call(
        as,
        'POST',
        `/subject-requests/${r.id}/routes/${party(partyKey)}/decision`,
        { decision, reasoning: 'Inzage verleend' },
        version,
      );
    expect((await decision('privacy', 'middin')).statusCode).toBe(403);
    expect((await decision('professional', 'middin')).statusCode).toBe(403);
    expect((await decision(ggd.session, 'middin')).statusCode).toBe(404);
    expect((await decision(middin.session, 'middin', '"v9"')).statusCode).toBe(412);
    const first = await decision(middin.session, 'middin', '"v1"', 'partly');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().status).toBe('open');
    expect((await decision(middin.session, 'middin', '"v2"')).statusCode).toBe(409);
    const last = await decision('professional', 'politie-den-haag');
    expect(last.json().status).toBe('decided');
    expect(last.json().routes[0].reasoning).toBe('Inzage verleend');

    const politie = await call(
      'professional',
      'GET',
      `/subject-requests/${r.id}/routes/${party('politie-den-haag')}/export`,
    );
    expect(politie.statusCode, politie.body).toBe(200);
    const pe = politie.json();
    expect(pe.cases).toHaveLength(1);
    expect(pe.cases[0].registration.person.name).toBe(person.name);
    expect(pe.cases[0].registration.reason).toBeTruthy();
    expect(pe.processingLog.entries.length).toBeGreaterThan(0);
    const pseudonym = pseudonymiseBsn(processingLogKeys(t.rootKey), BSN);
    for (const e of pe.processingLog.entries) {
      expect(e.controllerPartyId).toBe(party('politie-den-haag'));
      expect(e.attributes['dpl.core.data_subject_id']).toBe(pseudonym);
    }
    const mid = await call(
      middin.session,
      'GET',
      `/subject-requests/${r.id}/routes/${party('middin')}/export`,
    );
    expect(mid.statusCode, mid.body).toBe(200);
    expect(mid.json().cases[0].registration).toBeNull();
    // Middin's triage answer is listed; its content is Middin's information item (backlog 18).
    expect(mid.json().cases[0].triageAnswers).toHaveLength(1);
    expect(JSON.stringify(mid.json().cases[0].items)).toContain('Woonbegeleiding sinds maart');
    // The answer points at the party's item that holds its content (migration 0035).
    const [answer] = mid.json().cases[0].triageAnswers;
    const answerItem = mid.json().cases[0].items.find((i: { id: string }) => i.id === answer.itemId);
    expect(answerItem?.body).toContain('Woonbegeleiding sinds maart');
    expect(mid.body).not.toContain(person.address);
    // Another party's part: 404 for a party, the contact point sees every part.
    expect(
      (
        await call(
          middin.session,
          'GET',
          `/subject-requests/${r.id}/routes/${party('politie-den-haag')}/export`,
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await call(ggd.session, 'GET', `/subject-requests/${r.id}/routes/${party('middin')}/export`))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('privacy', 'GET', `/subject-requests/${r.id}/routes/${party('middin')}/export`)).statusCode,
    ).toBe(200);
    const exported = await t.db.kysely
      .selectFrom('processing_log')
      .select(['controller_party_id', 'operation'])
      .where('name', '=', 'subject-request.export')
      .execute();
    expect(exported.map((e) => e.controller_party_id)).toEqual(
      expect.arrayContaining([party('middin'), party('politie-den-haag')]),
    );
  });

  it('renders the export as a Dutch PDF for exactly the callers of the JSON export, logged alike', async () => {
    const r = (await register('privacy', { bsn: BSN })).json();
    const pdfOf = (as: Caller, partyKey: string) =>
      call(as, 'GET', `/subject-requests/${r.id}/routes/${party(partyKey)}/export.pdf`);

    const politie = await pdfOf('professional', 'politie-den-haag');
    expect(politie.statusCode, politie.body.slice(0, 200)).toBe(200);
    expect(politie.headers['content-type']).toContain('application/pdf');
    expect(politie.headers['content-disposition']).toBe(
      `attachment; filename="verzoek-${r.reference}-politie-den-haag.pdf"`,
    );
    expect(politie.headers['cache-control']).toContain('no-store');
    const pages = await pdfPageTexts(politie.rawPayload);
    pages.forEach((text, i) => {
      expect(text).toContain('Inzage op grond van art. 15 AVG');
      expect(text).toContain(r.reference);
      expect(text).toContain('Politie regionale eenheid Den Haag');
      expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    const all = pages.join('\n');
    // The person, the registration's data and reason, and the log: time, activity, operation, party.
    expect(all).toContain('Betrokkene: Fatima El Amrani, geboren 1975-03-12');
    expect(all).toContain(`BSN: ${BSN}`);
    expect(all).toContain('Hoefkade 9, Den Haag');
    expect(all).toContain('Reden van aanmelding');
    expect(all).toContain('Verwerkingen (verwerkingenlogboek)');
    expect(all).toMatch(
      /\d{4}-\d{2}-\d{2} \d{2}:\d{2} - Aanmelding en intake - vastleggen - door Politie regionale/,
    );
    // Nothing of other persons, no pseudonyms, user ids or other parties' data.
    const pseudonym = pseudonymiseBsn(processingLogKeys(t.rootKey), BSN);
    expect(all).not.toContain(pseudonym);
    expect(all).not.toContain('Kind El Amrani');
    expect(all).not.toContain(t.users.professional.id);
    expect(all).not.toContain('Woonbegeleiding sinds maart');

    const mid = await pdfOf(middin.session, 'middin');
    expect(mid.statusCode).toBe(200);
    const midText = (await pdfPageTexts(mid.rawPayload)).join('\n');
    expect(midText).toContain('Woonbegeleiding sinds maart');
    expect(midText).toContain('Betrokkene: Fatima El Amrani');
    expect(midText).not.toContain(person.address);
    expect(midText).not.toContain('Reden van aanmelding');

    // Whoever may fetch the JSON may fetch the PDF; everyone else 404 (anonymous 401).
    expect((await pdfOf(middin.session, 'politie-den-haag')).statusCode).toBe(404);
    expect((await pdfOf(ggd.session, 'middin')).statusCode).toBe(404);
    expect((await pdfOf('privacy', 'middin')).statusCode).toBe(200);
    for (const as of ['beheer', 'manager', 'procesregisseur', 'informatiecentrum', 'secretaris'] as const)
      expect((await pdfOf(as, 'middin')).statusCode, as).toBe(404);
    expect((await pdfOf('anonymous', 'middin')).statusCode).toBe(401);
    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .select(['controller_party_id', 'operation', 'case_id', 'data_subject_id', 'acting_user_id'])
      .where('name', '=', 'subject-request.export-pdf')
      .execute();
    expect(logged.length).toBeGreaterThanOrEqual(3);
    expect(logged.every((e) => e.operation === 'read' && e.case_id === caseId)).toBe(true);
    expect(logged.every((e) => e.data_subject_id === pseudonym)).toBe(true);
    expect(logged.map((e) => e.acting_user_id)).toEqual(
      expect.arrayContaining([t.users.professional.id, middin.id, t.users.privacy.id]),
    );

    // The basis follows the kind of request.
    const rect = (await register('privacy', { bsn: BSN }, daysAgo(0), 'rectification')).json();
    const rectPdf = await call(
      'professional',
      'GET',
      `/subject-requests/${rect.id}/routes/${party('politie-den-haag')}/export.pdf`,
    );
    expect((await pdfPageTexts(rectPdf.rawPayload))[0]).toContain('Rectificatie op grond van art. 16 AVG');
  });

  it('tracks the one-month deadline, overdue status and one extension with a reason', async () => {
    const late = (await register('privacy', { bsn: BSN }, daysAgo(40))).json();
    expect(late.deadline.state).toBe('overdue');
    expect(late.permissions).toEqual([]);
    const tooLate = await call(
      'privacy',
      'POST',
      `/subject-requests/${late.id}/extend`,
      { reason: 'Complex' },
      '"v1"',
    );
    expect(tooLate.statusCode).toBe(409);

    const fresh = (await register('privacy', { bsn: BSN }, '2025-01-31')).json();
    expect(fresh.deadline.dueOn).toBe('2025-02-28');
    const now = (await register('privacy', { bsn: BSN })).json();
    const url = `/subject-requests/${now.id}/extend`;
    expect((await call('professional', 'POST', url, { reason: 'x' }, '"v1"')).statusCode).toBe(403);
    expect((await call(ggd.session, 'POST', url, { reason: 'x' }, '"v1"')).statusCode).toBe(404);
    const extended = await call(
      'privacy',
      'POST',
      url,
      { reason: 'Veel partijen en omvangrijk dossier' },
      '"v1"',
    );
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().deadline.extendedDueOn).not.toBeNull();
    expect(extended.json().deadline.effectiveDueOn).toBe(extended.json().deadline.extendedDueOn);
    expect(extended.json().extensionReason).toBe('Veel partijen en omvangrijk dossier');
    expect(
      (await call('privacy', 'POST', url, { reason: 'Nogmaals' }, extended.headers.etag as string))
        .statusCode,
    ).toBe(409);
    const future = await register('privacy', { bsn: BSN }, '2999-01-01');
    expect(future.statusCode).toBe(400);
  });
});
