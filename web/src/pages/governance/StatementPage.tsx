/**
 * One statement to third parties (Art. 19): its text and audience, the consent per party (19.1),
 * a delegate's answer for their own party, and release by the manager as spokesperson (19.2).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { statementStep, useStatement } from '../../api/governanceMembership';
import { ConsentTable } from './parts/ConsentTable';
import { Facts } from './parts/Facts';
import { useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { useGovChange } from './parts/useGovChange';

export function StatementPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useStatement(id);
  const { status, stale, change } = useGovChange();
  return (
    <GovFrame
      title={query.data?.value.title ?? t('governance.statement.loadingTitle')}
      back={{ to: '/bestuur/verklaringen', label: t('governance.statement.backToList') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(s, etag) => (
        <>
          <Facts
            items={[
              [t('governance.overview.state'), t(`governance.statement.status.${s.status}`)],
              [t('governance.statement.audience'), s.audience],
              [
                t('governance.statement.spokesperson'),
                s.spokesperson ? `${s.spokesperson.displayName}, ${f.moment(s.releasedAt)}` : '',
              ],
            ]}
          />
          <Paragraph className="ketenhuis-gov-text">{s.body}</Paragraph>
          <section className="ketenhuis-gov-section" aria-labelledby="statement-consents">
            <Heading level={2} id="statement-consents">
              {t('governance.statement.consentsHeading')}
            </Heading>
            <ConsentTable consents={s.consents} caption={t('governance.statement.consentsCaption')} />
          </section>
          {s.permissions.includes('consent') && (
            <GovForm
              id="statement-consent"
              heading={t('governance.consent.heading')}
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
                change(
                  () =>
                    statementStep(
                      s.id,
                      'consent',
                      { consent: v.consent === 'yes', ...(v.note ? { note: v.note } : {}) },
                      etag,
                    ),
                  t('governance.consent.recorded'),
                )
              }
            />
          )}
          {s.permissions.includes('release') && (
            <GovForm
              id="statement-release"
              heading={t('governance.statement.releaseHeading')}
              intro={t('governance.statement.releaseIntro')}
              submit={t('governance.statement.release')}
              fields={[]}
              run={() =>
                change(() => statementStep(s.id, 'release', {}, etag), t('governance.statement.released'))
              }
            />
          )}
        </>
      )}
    </GovFrame>
  );
}
