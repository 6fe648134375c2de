/**
 * One withdrawal or exclusion (Art. 23): the notice, the steps, the Stuurgroep decision by majority
 * for an exclusion (23.2), an announced withdrawal taking effect with an amendment (21.3), and the
 * duties that survive, secrecy above all (23.3). Actions follow the server's `permissions`.
 */
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type Termination, terminationStep, useTermination } from '../../api/governanceMembership';
import { Facts } from './parts/Facts';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { type Step, StepList } from './parts/StepList';
import { useGovChange } from './parts/useGovChange';

export function terminationSteps(
  x: Pick<Termination, 'kind' | 'status' | 'decision'>,
): Omit<Step, 'label'>[] {
  const effective = x.status === 'effective';
  if (x.kind === 'withdrawal')
    return [
      { key: 'notice', state: 'done' },
      { key: 'effective', state: effective ? 'done' : 'current' },
    ];
  return [
    { key: 'default', state: 'done' },
    { key: 'decision', state: x.decision ? 'done' : 'current' },
    {
      key: 'effective',
      state: effective ? 'done' : x.status === 'not_excluded' ? 'skipped' : x.decision ? 'current' : 'todo',
    },
  ];
}

export function TerminationPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useTermination(id);
  const { status, stale, change } = useGovChange();
  const x = query.data?.value;
  return (
    <GovFrame
      title={
        x
          ? t(`governance.termination.kindOf.${x.kind}`, { name: x.party.name })
          : t('governance.termination.loadingTitle')
      }
      back={{ to: '/bestuur/beeindiging', label: t('governance.termination.backToList') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(x, etag) => (
        <>
          <Paragraph lead>
            {t('governance.accession.phase', { status: t(`governance.termination.status.${x.status}`) })}
          </Paragraph>
          <StepList
            label={t('governance.termination.stepsLabel')}
            steps={terminationSteps(x).map((s) => ({
              ...s,
              label: t(`governance.termination.steps.${s.key}` as 'governance.termination.steps.notice'),
            }))}
          />
          <Facts
            items={[
              [t('governance.termination.noticeOn'), f.day(x.notice.on)],
              [t('governance.common.reference'), x.notice.reference],
              [t('governance.termination.effectiveOn'), f.day(x.effectiveOn)],
              [
                t('governance.termination.decision'),
                x.decision
                  ? t('governance.termination.decisionText', {
                      on: f.day(x.decision.decidedOn),
                      reference: x.decision.reference,
                      for: x.decision.votesFor,
                      against: x.decision.votesAgainst,
                      abstain: x.decision.abstentions,
                    })
                  : '',
              ],
            ]}
          />
          <Paragraph className="ketenhuis-gov-text">{x.notice.text}</Paragraph>
          <section className="ketenhuis-gov-section" aria-labelledby="termination-duties">
            <Heading level={2} id="termination-duties">
              {t('governance.termination.duties')}
            </Heading>
            <UnorderedList>
              {x.lastingDuties.map((d) => (
                <UnorderedListItem key={d.article}>
                  {t('governance.termination.duty', { article: d.article, text: d.text })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
          {x.permissions.includes('decide') && (
            <GovForm
              id="termination-decision"
              heading={t('governance.termination.decisionHeading')}
              intro={t('governance.termination.decisionIntro')}
              submit={t('governance.termination.decide')}
              danger
              fields={[
                {
                  name: 'decidedOn',
                  label: t('governance.common.decidedOn'),
                  kind: 'date',
                  initial: today(),
                },
                { name: 'reference', label: t('governance.common.reference') },
                { name: 'votesFor', label: t('governance.vote.for'), kind: 'number', initial: '0' },
                { name: 'votesAgainst', label: t('governance.vote.against'), kind: 'number', initial: '0' },
                { name: 'abstentions', label: t('governance.vote.abstain'), kind: 'number', initial: '0' },
              ]}
              run={(v) =>
                change(
                  () =>
                    terminationStep(
                      x.id,
                      'decision',
                      {
                        decidedOn: v.decidedOn,
                        reference: v.reference,
                        votesFor: Number(v.votesFor),
                        votesAgainst: Number(v.votesAgainst),
                        abstentions: Number(v.abstentions),
                      },
                      etag,
                    ),
                  t('governance.termination.decided'),
                )
              }
            />
          )}
          {x.permissions.includes('take-effect') && (
            <GovForm
              id="termination-effect"
              heading={t('governance.termination.effectHeading')}
              intro={t('governance.termination.effectIntro')}
              submit={t('governance.termination.takeEffect')}
              danger
              fields={[]}
              run={() =>
                change(
                  () => terminationStep(x.id, 'take-effect', {}, etag),
                  t('governance.termination.tookEffect'),
                )
              }
            />
          )}
        </>
      )}
    </GovFrame>
  );
}
