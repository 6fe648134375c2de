/**
 * One version of the covenant (Art. 21): what changed, when it enters into force, and the
 * re-signing per party (21.2); the secretary records a party's renewed signature. A party that
 * finds the change unacceptable may withdraw as of its entry into force (21.3).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { signVersion, useVersion } from '../../api/governanceMembership';
import { RouterLink } from '../../layout/RouterLink';
import { Facts } from './parts/Facts';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { useGovChange } from './parts/useGovChange';

export function VersionPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useVersion(id);
  const { status, stale, change } = useGovChange();
  const label = query.data?.value.label;
  return (
    <GovFrame
      title={label ? t('governance.version.title', { label }) : t('governance.version.loadingTitle')}
      back={{ to: '/bestuur/convenant', label: t('governance.version.backToList') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(v, etag) => {
        const unsigned = v.signing.parties.filter((p) => p.signedOn === null);
        return (
          <>
            <Paragraph className="ketenhuis-gov-text">{v.summary}</Paragraph>
            <Facts
              items={[
                [
                  t('governance.version.entryIntoForce'),
                  `${f.day(v.entryIntoForce)} (${v.inForce ? t('governance.version.inForce') : t('governance.version.notYet')})`,
                ],
                [t('governance.common.decidedOn'), f.day(v.decidedOn)],
                [t('governance.common.reference'), v.reference],
                [
                  t('governance.version.signing'),
                  t('governance.version.signingText', { signed: v.signing.signed, needed: v.signing.needed }),
                ],
              ]}
            />
            <Paragraph>
              {t('governance.version.withdrawHint')}{' '}
              <RouterLink to="/bestuur/beeindiging">{t('governance.sections.terminations.title')}</RouterLink>
            </Paragraph>
            <section className="ketenhuis-gov-section" aria-labelledby="version-parties">
              <Heading level={2} id="version-parties">
                {t('governance.version.perParty')}
              </Heading>
              <GovTable
                caption={t('governance.version.perPartyCaption', { label: v.label })}
                columns={[
                  t('governance.consent.party'),
                  t('governance.accession.signedOn'),
                  t('governance.accession.signatory'),
                ]}
                rows={v.signing.parties.map((p) => ({
                  key: p.id,
                  cells: [
                    p.name,
                    p.signedOn ? f.day(p.signedOn) : t('governance.version.notSigned'),
                    p.signatory ?? '',
                  ],
                }))}
              />
            </section>
            {v.permissions.includes('sign') && unsigned.length > 0 && (
              <GovForm
                id="version-sign"
                heading={t('governance.version.signHeading')}
                submit={t('governance.version.sign')}
                fields={[
                  {
                    name: 'partyId',
                    label: t('governance.consent.party'),
                    kind: 'select',
                    options: unsigned.map((p) => ({ value: p.id, label: p.name })),
                  },
                  { name: 'signatory', label: t('governance.accession.signatory') },
                  {
                    name: 'signedOn',
                    label: t('governance.accession.signedOn'),
                    kind: 'date',
                    initial: today(),
                  },
                ]}
                run={(values) =>
                  change(() => signVersion(v.id, values, etag), t('governance.version.signed'))
                }
              />
            )}
          </>
        );
      }}
    </GovFrame>
  );
}
