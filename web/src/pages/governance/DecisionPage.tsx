/**
 * One decision (Art. 5.4–5.6, 7.1–7.4): the proposal, the parties it substantially affects, the
 * written input of absent parties, the votes per party (own or under a mandate, 6.7), and the
 * outcome the server computed when the vote was closed — or that it is held (aangehouden) until an
 * affected absent party is heard (5.5, 7.2). Voting, input, closing and referral per `permissions`.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  castVote,
  type Decision,
  decisionStep,
  recordInput,
  updateDecision,
  useDecision,
} from '../../api/governanceMeetings';
import { RouterLink } from '../../layout/RouterLink';
import { Facts } from './parts/Facts';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { useGovChange } from './parts/useGovChange';

/** The outcome in words, as the server counted it (domain.md §5). */
export function outcomeKey(d: Pick<Decision, 'status' | 'tally'>) {
  if (d.status === 'held') return 'held' as const;
  if (d.tally) return d.tally.outcome;
  return null;
}

function Actions({
  d,
  etag,
  change,
}: {
  d: Decision;
  etag: string | null;
  change: ReturnType<typeof useGovChange>['change'];
}) {
  const { t } = useTranslation();
  const can = (p: string) => d.permissions.includes(p);
  const inputParties = [
    ...d.affectedParties,
    ...d.votableParties.filter((p) => !d.affectedParties.some((a) => a.id === p.id)),
  ];
  return (
    <>
      {can('vote') && d.votableParties.length > 0 && (
        <GovForm
          id="vote"
          heading={t('governance.decision.voteHeading')}
          intro={t('governance.decision.voteIntro')}
          submit={t('governance.decision.vote')}
          fields={[
            {
              name: 'partyId',
              label: t('governance.decision.voteFor'),
              kind: 'select',
              options: d.votableParties.map((p) => ({ value: p.id, label: p.name })),
            },
            {
              name: 'choice',
              label: t('governance.decision.choice'),
              kind: 'select',
              options: (['for', 'against', 'abstain'] as const).map((c) => ({
                value: c,
                label: t(`governance.decision.choices.${c}`),
              })),
            },
          ]}
          run={(v) =>
            change(
              () => castVote(d.id, v.partyId ?? '', v.choice ?? '', etag),
              t('governance.decision.voted'),
            )
          }
        />
      )}
      {can('record-input') && inputParties.length > 0 && (
        <GovForm
          id="input"
          heading={t('governance.decision.inputHeading')}
          intro={t('governance.decision.inputIntro')}
          submit={t('governance.decision.recordInput')}
          fields={[
            {
              name: 'partyId',
              label: t('governance.consent.party'),
              kind: 'select',
              options: inputParties.map((p) => ({ value: p.id, label: p.name })),
            },
            {
              name: 'kind',
              label: t('governance.decision.inputKind'),
              kind: 'select',
              options: (['written', 'heard'] as const).map((k) => ({
                value: k,
                label: t(`governance.decision.inputKinds.${k}`),
              })),
            },
            { name: 'text', label: t('governance.decision.inputText'), kind: 'textarea' },
            {
              name: 'receivedOn',
              label: t('governance.decision.receivedOn'),
              kind: 'date',
              initial: today(),
            },
          ]}
          run={(v) => change(() => recordInput(d.id, v, etag), t('governance.decision.inputRecorded'))}
        />
      )}
      {can('update') && (
        <GovForm
          id="consensus"
          heading={t('governance.decision.consensusHeading')}
          submit={t('governance.decision.saveConsensus')}
          fields={[
            {
              name: 'consensus',
              label: t('governance.decision.consensus'),
              kind: 'select',
              initial: d.consensus ? 'yes' : 'no',
              options: [
                { value: 'yes', label: t('governance.decision.consensusYes') },
                { value: 'no', label: t('governance.decision.consensusNo') },
              ],
            },
          ]}
          run={(v) =>
            change(
              () => updateDecision(d.id, { consensus: v.consensus === 'yes' }, etag),
              t('governance.decision.consensusSaved'),
            )
          }
        />
      )}
      {can('close') && (
        <GovForm
          id="close"
          heading={t('governance.decision.closeHeading')}
          intro={t('governance.decision.closeIntro')}
          submit={t('governance.decision.close')}
          fields={[]}
          run={() => change(() => decisionStep(d.id, 'close', etag), t('governance.decision.closed'))}
        />
      )}
      {can('refer') && (
        <GovForm
          id="refer"
          heading={t('governance.decision.referHeading')}
          intro={t('governance.decision.referIntro')}
          submit={t('governance.decision.refer')}
          fields={[]}
          run={() => change(() => decisionStep(d.id, 'refer', etag), t('governance.decision.referred'))}
        />
      )}
    </>
  );
}

export function DecisionPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useDecision(id);
  const { status, stale, change } = useGovChange();
  const d = query.data?.value;
  const back = d?.meetingId
    ? { to: `/bestuur/vergaderingen/${d.meetingId}`, label: t('governance.decision.backToMeeting') }
    : { to: '/bestuur/vergaderingen', label: t('governance.meeting.backToList') };
  return (
    <GovFrame
      title={d ? t('governance.decision.title', { title: d.title }) : t('governance.decision.loadingTitle')}
      back={back}
      query={query}
      status={status}
      stale={stale}
    >
      {(d, etag) => {
        const outcome = outcomeKey(d);
        return (
          <>
            <Paragraph lead>
              {t('governance.accession.phase', { status: t(`governance.decision.status.${d.status}`) })}
            </Paragraph>
            {outcome && (
              <Paragraph>
                <strong>
                  {t(`governance.decision.outcome.${outcome}`, {
                    parties: d.waitingFor.map((p) => p.name).join(', '),
                  })}
                </strong>
              </Paragraph>
            )}
            <Facts
              items={[
                [t('governance.decision.body'), d.body.name],
                [
                  t('governance.decision.affected'),
                  d.affectedParties.map((p) => p.name).join(', ') || t('governance.decision.noneAffected'),
                ],
                [
                  t('governance.decision.consensus'),
                  d.consensus ? t('governance.decision.consensusYes') : t('governance.decision.consensusNo'),
                ],
                [
                  t('governance.decision.tally'),
                  d.tally
                    ? t('governance.decision.tallyText', {
                        for: d.tally.for,
                        against: d.tally.against,
                        abstain: d.tally.abstain,
                      })
                    : '',
                ],
                [t('governance.decision.closedAt'), f.moment(d.closedAt)],
              ]}
            />
            {d.referredFromId && (
              <Paragraph>
                <RouterLink to={`/bestuur/besluiten/${d.referredFromId}`}>
                  {t('governance.decision.referredFrom')}
                </RouterLink>
              </Paragraph>
            )}
            {d.referredToId && (
              <Paragraph>
                <RouterLink to={`/bestuur/besluiten/${d.referredToId}`}>
                  {t('governance.decision.referredTo')}
                </RouterLink>
              </Paragraph>
            )}
            <Paragraph className="ketenhuis-gov-text">{d.proposal}</Paragraph>
            <section className="ketenhuis-gov-section" aria-labelledby="decision-votes">
              <Heading level={2} id="decision-votes">
                {t('governance.decision.votes')}
              </Heading>
              {d.votes.length === 0 ? (
                <Paragraph>{t('governance.decision.noVotes')}</Paragraph>
              ) : (
                <GovTable
                  caption={t('governance.decision.votesCaption')}
                  columns={[
                    t('governance.consent.party'),
                    t('governance.decision.choice'),
                    t('governance.decision.via'),
                    t('governance.decision.castBy'),
                  ]}
                  rows={d.votes.map((v) => ({
                    key: `${v.party.id}-${v.via}`,
                    cells: [
                      v.party.name,
                      t(`governance.decision.choices.${v.choice}`),
                      t(`governance.decision.vias.${v.via}`),
                      `${v.castBy.name}, ${f.moment(v.castAt)}`,
                    ],
                  }))}
                />
              )}
              {d.tally && d.tally.refused.length > 0 && (
                <Paragraph>
                  {t('governance.decision.refusedBallots', {
                    count: d.tally.refused.length,
                    reasons: d.tally.refused.map((r) => r.reason).join('; '),
                  })}
                </Paragraph>
              )}
            </section>
            <section className="ketenhuis-gov-section" aria-labelledby="decision-inputs">
              <Heading level={2} id="decision-inputs">
                {t('governance.decision.inputs')}
              </Heading>
              {d.writtenInputs.length === 0 ? (
                <Paragraph>{t('governance.decision.noInputs')}</Paragraph>
              ) : (
                <GovTable
                  caption={t('governance.decision.inputs')}
                  columns={[
                    t('governance.consent.party'),
                    t('governance.decision.inputKind'),
                    t('governance.decision.inputText'),
                    t('governance.decision.receivedOn'),
                  ]}
                  rows={d.writtenInputs.map((w) => ({
                    key: w.id,
                    cells: [
                      w.party.name,
                      t(`governance.decision.inputKinds.${w.kind}`),
                      w.text,
                      f.day(w.receivedOn),
                    ],
                  }))}
                />
              )}
            </section>
            <Actions d={d} etag={etag} change={change} />
          </>
        );
      }}
    </GovFrame>
  );
}
