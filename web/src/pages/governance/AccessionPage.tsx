/**
 * One accession (Art. 20) as a workflow: the steps so far, the request, the consent per party, the
 * Stuurgroep decision and the signatures of Bijlage 1, and only the actions the server allows the
 * caller (`permissions`): inform the parties, consent for one's own party, record the decision,
 * record a signature, download the filled-in Bijlage 1 as PDF.
 */
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  type Accession,
  accessionFormUrl,
  accessionStep,
  useAccession,
} from '../../api/governanceMembership';
import { ACCESSION_STEPS, accessionStepStates } from './accessionSteps';
import { ConsentTable } from './parts/ConsentTable';
import { Facts } from './parts/Facts';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { StepList } from './parts/StepList';
import { useGovChange } from './parts/useGovChange';

function Actions({
  a,
  etag,
  change,
}: {
  a: Accession;
  etag: string | null;
  change: ReturnType<typeof useGovChange>['change'];
}) {
  const { t } = useTranslation();
  const can = (p: string) => a.permissions.includes(p);
  const step = (s: Parameters<typeof accessionStep>[1], body: object, message: string) =>
    change(() => accessionStep(a.id, s, body, etag), message);
  const unsigned = (['organisation', 'chair'] as const).filter((s) => a.signatures[s] === null);
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="accession-actions">
      <Heading level={2} id="accession-actions">
        {t('governance.common.actions')}
      </Heading>
      {!['notify', 'consent', 'decide', 'sign', 'form'].some(can) && (
        <Paragraph>{t('governance.common.noActions')}</Paragraph>
      )}
      {can('form') && (
        <Paragraph>
          <Link href={accessionFormUrl(a.id)} download>
            {t('governance.accession.downloadForm')}
          </Link>
        </Paragraph>
      )}
      {can('notify') && (
        <GovForm
          id="accession-notify"
          heading={t('governance.accession.notifyHeading')}
          intro={t('governance.accession.notifyIntro')}
          submit={t('governance.accession.notify')}
          fields={[]}
          run={() => step('notify', {}, t('governance.accession.notified'))}
        />
      )}
      {can('consent') && (
        <GovForm
          id="accession-consent"
          heading={t('governance.consent.heading')}
          intro={t('governance.accession.consentIntro')}
          submit={t('governance.consent.submit')}
          fields={[
            {
              name: 'consent',
              label: t('governance.consent.answer'),
              kind: 'select',
              options: [
                { value: 'yes', label: t('governance.consent.agree') },
                { value: 'no', label: t('governance.consent.refuse') },
              ],
            },
            { name: 'note', label: t('governance.consent.note'), kind: 'textarea', optional: true },
          ]}
          run={(v) =>
            step(
              'consent',
              { consent: v.consent === 'yes', ...(v.note ? { note: v.note } : {}) },
              t('governance.consent.recorded'),
            )
          }
        />
      )}
      {can('decide') && (
        <GovForm
          id="accession-decision"
          heading={t('governance.accession.decisionHeading')}
          intro={t('governance.accession.decisionIntro')}
          submit={t('governance.accession.decide')}
          fields={[
            {
              name: 'outcome',
              label: t('governance.accession.outcome'),
              kind: 'select',
              options: [
                { value: 'approved', label: t('governance.accession.approved') },
                { value: 'refused', label: t('governance.accession.refused') },
              ],
            },
            { name: 'decidedOn', label: t('governance.common.decidedOn'), kind: 'date', initial: today() },
            { name: 'reference', label: t('governance.common.reference') },
          ]}
          run={(v) => step('decision', v, t('governance.accession.decided'))}
        />
      )}
      {can('sign') && unsigned.length > 0 && (
        <GovForm
          id="accession-sign"
          heading={t('governance.accession.signHeading')}
          intro={t('governance.accession.signIntro')}
          submit={t('governance.accession.sign')}
          fields={[
            {
              name: 'signer',
              label: t('governance.accession.signer'),
              kind: 'select',
              options: unsigned.map((s) => ({ value: s, label: t(`governance.accession.signers.${s}`) })),
            },
            { name: 'signatory', label: t('governance.accession.signatory') },
            { name: 'signedOn', label: t('governance.accession.signedOn'), kind: 'date', initial: today() },
            { name: 'place', label: t('governance.accession.place'), initial: 'Den Haag' },
          ]}
          run={(v) => step('signatures', v, t('governance.accession.signed'))}
        />
      )}
    </section>
  );
}

export function AccessionPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useAccession(id);
  const { status, stale, change } = useGovChange();
  const name = query.data?.value.party.name;
  return (
    <GovFrame
      title={name ? t('governance.accession.title', { name }) : t('governance.accession.loadingTitle')}
      back={{ to: '/bestuur/toetredingen', label: t('governance.accession.backToList') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(a, etag) => {
        const states = accessionStepStates(a);
        const sig = (s: Accession['signatures']['chair']) =>
          s
            ? t('governance.accession.signatureText', {
                who: s.signatory,
                on: f.day(s.signedOn),
                place: s.place,
              })
            : t('governance.accession.notSigned');
        return (
          <>
            <Paragraph lead>
              {t('governance.accession.phase', { status: t(`governance.accession.status.${a.status}`) })}
            </Paragraph>
            <StepList
              label={t('governance.accession.stepsLabel')}
              steps={ACCESSION_STEPS.map((key) => ({
                key,
                label: t(`governance.accession.steps.${key}`),
                state: states[key],
              }))}
            />
            <Actions a={a} etag={etag} change={change} />
            <section className="ketenhuis-gov-section" aria-labelledby="accession-request">
              <Heading level={2} id="accession-request">
                {t('governance.accession.requestHeading')}
              </Heading>
              <Facts
                items={[
                  [t('governance.accession.fields.seat'), a.request.seat],
                  [t('governance.accession.fields.officeAddress'), a.request.officeAddress],
                  [
                    t('governance.accession.fields.representativeName'),
                    `${a.request.representative.name}, ${a.request.representative.function}`,
                  ],
                  [t('governance.accession.fields.receivedVia'), a.request.receivedVia.displayName],
                  [t('governance.accession.fields.receivedOn'), f.day(a.request.receivedOn)],
                  [t('governance.accession.notifiedAt'), f.moment(a.notifiedAt)],
                ]}
              />
              <Paragraph className="ketenhuis-gov-text">{a.request.motivation}</Paragraph>
            </section>
            <section className="ketenhuis-gov-section" aria-labelledby="accession-consents">
              <Heading level={2} id="accession-consents">
                {t('governance.accession.consentsHeading')}
              </Heading>
              <ConsentTable consents={a.consents} caption={t('governance.accession.consentsCaption')} />
            </section>
            <section className="ketenhuis-gov-section" aria-labelledby="accession-decision-facts">
              <Heading level={2} id="accession-decision-facts">
                {t('governance.accession.decisionAndSignatures')}
              </Heading>
              <Facts
                items={[
                  [
                    t('governance.accession.decisionHeading'),
                    a.decision
                      ? t('governance.accession.decisionText', {
                          outcome: t(`governance.accession.${a.decision.outcome}`),
                          on: f.day(a.decision.decidedOn),
                          reference: a.decision.reference,
                        })
                      : t('governance.accession.noDecision'),
                  ],
                  [t('governance.accession.signers.organisation'), sig(a.signatures.organisation)],
                  [t('governance.accession.signers.chair'), sig(a.signatures.chair)],
                ]}
              />
            </section>
          </>
        );
      }}
    </GovFrame>
  );
}
