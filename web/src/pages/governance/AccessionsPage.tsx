/** The requests to accede (Art. 20), newest first, with the way to record a new one (secretary). */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useAccessions } from '../../api/governanceMembership';
import { useAuth } from '../../auth/AuthProvider';
import { RouterButtonLink } from '../../layout/RouterButtonLink';
import { RouterLink } from '../../layout/RouterLink';
import { useFormat } from './parts/format';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';

export function AccessionsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { hasRole } = useAuth();
  const query = useAccessions();
  return (
    <GovFrame
      title={t('governance.sections.accessions.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.sections.accessions.intro')}</Paragraph>
          {hasRole('secretaris') && (
            <Paragraph>
              <RouterButtonLink to="/bestuur/toetredingen/nieuw" appearance="primary-action-button">
                {t('governance.accession.new')}
              </RouterButtonLink>
            </Paragraph>
          )}
          {value.items.length === 0 ? (
            <Paragraph>{t('governance.accession.none')}</Paragraph>
          ) : (
            <GovTable
              caption={t('governance.accession.caption')}
              columns={[
                t('governance.accession.organisation'),
                t('governance.overview.state'),
                t('governance.accession.receivedOn'),
              ]}
              rows={value.items.map((a) => ({
                key: a.id,
                cells: [
                  <RouterLink key="l" to={`/bestuur/toetredingen/${a.id}`}>
                    {a.party.name}
                  </RouterLink>,
                  t(`governance.accession.status.${a.status}`),
                  f.day(a.receivedOn),
                ],
              }))}
            />
          )}
        </>
      )}
    </GovFrame>
  );
}
