/** The pure membership rules, each citing its article: accession (20), amendments (21), withdrawal
 * and exclusion (23), disputes (11.4, 12.4, 13.4) and external communication (19). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AccessionState,
  decideAccession,
  nextStatus,
} from '../../../src/modules/governance/membership/rules/accession.js';
import {
  checkAmendment,
  checkResign,
  signingProgress,
} from '../../../src/modules/governance/membership/rules/amendment.js';
import {
  checkRelease,
  checkStatementConsent,
} from '../../../src/modules/governance/membership/rules/communication.js';
import { type Actor, tally } from '../../../src/modules/governance/membership/rules/consent.js';
import {
  canSee,
  checkEscalate,
  checkRaise,
  checkResolve,
  forumOf,
} from '../../../src/modules/governance/membership/rules/disputes.js';
import {
  adopted,
  checkExclusionDecision,
  checkNoticeOfDefault,
  checkTakeEffect,
  checkWithdrawal,
  lastingDuties,
  withdrawalEffectiveOn,
} from '../../../src/modules/governance/membership/rules/termination.js';

const secretary: Actor = { roles: ['secretaris'], partyId: null, isDelegate: false };
const manager: Actor = { roles: ['manager'], partyId: null, isDelegate: false };
const delegate = (partyId: string): Actor => ({ roles: ['professional'], partyId, isDelegate: true });
const plainProfessional: Actor = { roles: ['professional'], partyId: 'a', isDelegate: false };
const parties = ['a', 'b', 'c'];

const accession = (over: Partial<AccessionState> = {}): AccessionState => ({
  status: 'notified',
  partyId: 'new',
  activeParties: parties,
  consents: new Map(),
  signed: new Set(),
  ...over,
});

describe('Art. 20 accession', () => {
  it('20.3: only the Stuurgroep secretary informs the parties, once', () => {
    expect(decideAccession(accession({ status: 'requested' }), { type: 'notify', actor: secretary }).ok).toBe(
      true,
    );
    expect(
      decideAccession(accession({ status: 'requested' }), { type: 'notify', actor: manager }),
    ).toMatchObject({ code: 'not-allowed', article: '20.3' });
    expect(decideAccession(accession(), { type: 'notify', actor: secretary })).toMatchObject({
      code: 'wrong-phase',
    });
  });

  it('20.3/20.4: a delegate consents for their own active party, only after notification', () => {
    expect(decideAccession(accession(), { type: 'consent', actor: delegate('a'), consent: true }).ok).toBe(
      true,
    );
    expect(
      decideAccession(accession({ status: 'requested' }), {
        type: 'consent',
        actor: delegate('a'),
        consent: true,
      }),
    ).toMatchObject({ article: '20.3' });
    expect(
      decideAccession(accession(), { type: 'consent', actor: plainProfessional, consent: true }),
    ).toMatchObject({ code: 'not-allowed' });
    expect(
      decideAccession(accession(), { type: 'consent', actor: delegate('new'), consent: true }),
    ).toMatchObject({ code: 'not-allowed' });
    expect(decideAccession(accession(), { type: 'consent', actor: secretary, consent: true })).toMatchObject({
      code: 'not-allowed',
    });
  });

  it('20.4: approval needs the consent of all active parties; refusal is always possible after notification', () => {
    const approve = { type: 'decide', actor: secretary, outcome: 'approved' } as const;
    const two = new Map([
      ['a', true],
      ['b', true],
    ]);
    expect(decideAccession(accession({ consents: two }), approve)).toMatchObject({
      code: 'wrong-phase',
      article: '20.4',
    });
    expect(decideAccession(accession({ consents: new Map([...two, ['c', false]]) }), approve).ok).toBe(false);
    expect(decideAccession(accession({ consents: new Map([...two, ['c', true]]) }), approve).ok).toBe(true);
    expect(decideAccession(accession(), { ...approve, outcome: 'refused' }).ok).toBe(true);
    expect(decideAccession(accession({ status: 'requested' }), { ...approve, outcome: 'refused' }).ok).toBe(
      false,
    );
  });

  it('property: approval is allowed exactly when every active party agreed', () => {
    const answers = fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(answers, (as) => {
        const consents = new Map(
          as.flatMap((v, i) => (v === undefined ? [] : [[parties[i] as string, v] as const])),
        );
        const ok = decideAccession(accession({ consents }), {
          type: 'decide',
          actor: secretary,
          outcome: 'approved',
        }).ok;
        expect(ok).toBe(as.every((v) => v === true));
      }),
    );
  });

  it('20.4: Bijlage 1 is signed after approval by the organisation and the chair; both make it a party', () => {
    const sign = (signer: 'organisation' | 'chair', s: AccessionState) => ({
      verdict: decideAccession(s, { type: 'sign', actor: secretary, signer }),
      next: nextStatus(s, { type: 'sign', actor: secretary, signer }),
    });
    expect(sign('organisation', accession()).verdict).toMatchObject({ code: 'wrong-phase', article: '20.4' });
    const approved = accession({ status: 'approved' });
    expect(sign('organisation', approved)).toEqual({ verdict: { ok: true }, next: 'approved' });
    const half = accession({ status: 'approved', signed: new Set(['organisation']) });
    expect(sign('organisation', half).verdict.ok).toBe(false);
    expect(sign('chair', half)).toEqual({ verdict: { ok: true }, next: 'acceded' });
  });
});

describe('Art. 21 amendments', () => {
  it('21.1: recorded by the secretary, confirmed in writing, not in force before the decision', () => {
    const a = { decidedOn: '2025-03-01', reference: 'SG-2025-04', entryIntoForce: '2025-07-01' };
    expect(checkAmendment(secretary, a).ok).toBe(true);
    expect(checkAmendment(manager, a)).toMatchObject({ article: '21.1', code: 'not-allowed' });
    expect(checkAmendment(secretary, { ...a, reference: ' ' })).toMatchObject({ code: 'invalid' });
    expect(checkAmendment(secretary, { ...a, entryIntoForce: '2025-02-01' })).toMatchObject({
      code: 'invalid',
    });
  });

  it('21.2: every active party signs again, once', () => {
    expect(checkResign(secretary, true, false).ok).toBe(true);
    expect(checkResign(secretary, true, true)).toMatchObject({ code: 'wrong-phase', article: '21.2' });
    expect(checkResign(secretary, false, false)).toMatchObject({ code: 'wrong-phase' });
    expect(signingProgress(parties, new Set(['a', 'gone']))).toEqual({
      signed: 1,
      needed: 3,
      complete: false,
    });
    expect(signingProgress(parties, new Set(parties))).toMatchObject({ complete: true });
  });

  it('21.3: a withdrawal over an amendment takes effect as of its entry into force', () => {
    expect(withdrawalEffectiveOn('2025-05-01', '2025-07-01')).toBe('2025-07-01');
    expect(withdrawalEffectiveOn('2025-08-01', '2025-07-01')).toBe('2025-08-01');
    expect(withdrawalEffectiveOn('2025-05-01', null)).toBe('2025-05-01');
    expect(checkTakeEffect(secretary, 'announced', '2025-07-01', '2025-06-30')).toMatchObject({
      code: 'wrong-phase',
      article: '21.3',
    });
    expect(checkTakeEffect(secretary, 'announced', '2025-07-01', '2025-07-01').ok).toBe(true);
  });
});

describe('Art. 23 withdrawal and exclusion', () => {
  it('23.1: the secretary records the written notice of an active party, one at a time', () => {
    expect(checkWithdrawal(secretary, true, false).ok).toBe(true);
    expect(checkWithdrawal(manager, true, false)).toMatchObject({ code: 'not-allowed', article: '23.1' });
    expect(checkWithdrawal(secretary, false, false)).toMatchObject({ code: 'wrong-phase' });
    expect(checkWithdrawal(secretary, true, true)).toMatchObject({ code: 'wrong-phase' });
  });

  it('23.2: a notice of default first, then the decision (not before the notice)', () => {
    expect(checkNoticeOfDefault(secretary, true, false).ok).toBe(true);
    expect(checkExclusionDecision(secretary, 'in_default', '2025-01-10', '2025-02-01').ok).toBe(true);
    expect(checkExclusionDecision(secretary, 'effective', '2025-01-10', '2025-02-01')).toMatchObject({
      article: '23.2',
      code: 'wrong-phase',
    });
    expect(checkExclusionDecision(secretary, 'in_default', '2025-01-10', '2025-01-09')).toMatchObject({
      code: 'invalid',
    });
    expect(checkExclusionDecision(manager, 'in_default', '2025-01-10', '2025-02-01')).toMatchObject({
      code: 'not-allowed',
    });
  });

  it('23.2 with domain.md §5: a majority of votes cast; abstentions do not count; a tie fails', () => {
    expect(adopted({ votesFor: 5, votesAgainst: 4, abstentions: 10 })).toBe(true);
    expect(adopted({ votesFor: 4, votesAgainst: 4, abstentions: 0 })).toBe(false);
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (f, a, x) => {
        expect(adopted({ votesFor: f, votesAgainst: a, abstentions: x })).toBe(f > a);
      }),
    );
  });

  it('23.3: secrecy is recorded as a duty that survives', () => {
    expect(lastingDuties.map((d) => [d.article, d.duty])).toEqual([['23.3', 'geheimhouding']]);
  });
});

describe('Art. 11.4, 12.4, 13.4 disputes', () => {
  const about = (subject: 'casuscoordinator' | 'procesregisseur' | 'manager', level = 0) => ({
    subject,
    level,
    status: 'open' as const,
    raisedBy: 'u1',
  });
  const regisseur: Actor = { roles: ['procesregisseur'], partyId: null, isDelegate: false };

  it('goes to the person or body the covenant names', () => {
    expect(forumOf(about('casuscoordinator'))).toBe('procesregisseur');
    expect(forumOf(about('procesregisseur'))).toBe('manager');
    expect(forumOf(about('manager'))).toBe('stuurgroep');
  });

  it('13.4/12.4: the handler may take it one step up; 11.4 has no step above the Stuurgroep', () => {
    expect(checkEscalate(regisseur, about('casuscoordinator')).ok).toBe(true);
    expect(forumOf(about('casuscoordinator', 1))).toBe('partneroverleg');
    expect(checkEscalate(secretary, about('casuscoordinator', 1))).toMatchObject({
      code: 'wrong-phase',
      article: '13.4',
    });
    expect(checkEscalate(manager, about('procesregisseur')).ok).toBe(true);
    expect(checkEscalate(regisseur, about('procesregisseur'))).toMatchObject({
      code: 'not-allowed',
      article: '12.4',
    });
    expect(checkEscalate(secretary, about('manager'))).toMatchObject({
      code: 'wrong-phase',
      article: '11.4',
    });
  });

  it('ends with a resolution by the current handler, once', () => {
    expect(checkResolve(secretary, about('casuscoordinator', 1)).ok).toBe(true);
    expect(checkResolve(regisseur, about('casuscoordinator', 1)).ok).toBe(false);
    expect(checkResolve(regisseur, { ...about('casuscoordinator'), status: 'resolved' })).toMatchObject({
      code: 'wrong-phase',
    });
  });

  it('is seen by the raiser and by whoever handles or handled it', () => {
    const other = { ...manager, userId: 'u2' };
    expect(canSee({ ...plainProfessional, userId: 'u1' }, about('casuscoordinator'))).toBe(true);
    expect(canSee({ ...plainProfessional, userId: 'u9' }, about('casuscoordinator'))).toBe(false);
    expect(canSee({ ...secretary, userId: 'u3' }, about('casuscoordinator'))).toBe(false);
    expect(canSee({ ...secretary, userId: 'u3' }, about('casuscoordinator', 1))).toBe(true);
    expect(canSee({ ...regisseur, userId: 'u4' }, about('casuscoordinator', 1))).toBe(true);
    expect(canSee(other, about('casuscoordinator'))).toBe(false);
  });

  it('is raised by parties and staff, not by functioneel beheer; the manager does not raise one about the manager', () => {
    expect(checkRaise(plainProfessional, 'casuscoordinator').ok).toBe(true);
    expect(
      checkRaise({ roles: ['functioneel_beheer'], partyId: null, isDelegate: false }, 'manager').ok,
    ).toBe(false);
    expect(checkRaise(manager, 'manager')).toMatchObject({ article: '11.4' });
  });
});

describe('Art. 19 external communication', () => {
  const state = (consents: Map<string, boolean>, status: 'proposed' | 'released' = 'proposed') => ({
    status,
    activeParties: parties,
    consents,
  });
  it('19.1: delegates consent for their own party; release needs all active parties', () => {
    expect(checkStatementConsent(delegate('a'), state(new Map())).ok).toBe(true);
    expect(checkStatementConsent(plainProfessional, state(new Map()))).toMatchObject({ article: '19.1' });
    expect(
      checkRelease(
        manager,
        state(
          new Map([
            ['a', true],
            ['b', true],
          ]),
        ),
      ),
    ).toMatchObject({ code: 'wrong-phase', article: '19.1' });
    expect(checkRelease(manager, state(new Map(parties.map((p) => [p, true])))).ok).toBe(true);
  });
  it('19.2: only the manager releases it, as spokesperson, once', () => {
    const all = new Map(parties.map((p) => [p, true]));
    expect(checkRelease(secretary, state(all))).toMatchObject({ code: 'not-allowed', article: '19.2' });
    expect(checkRelease(manager, state(all, 'released'))).toMatchObject({ code: 'wrong-phase' });
  });
  it('consents of parties no longer active do not count', () => {
    expect(
      tally(
        ['a'],
        new Map([
          ['a', true],
          ['gone', false],
        ]),
      ),
    ).toEqual({ missing: [], refused: [], complete: true });
  });
});
