/**
 * Versions of the covenant (Art. 21): each amendment decided by the Stuurgroep with its entry into
 * force; the secretary records a new one, after which every party re-signs (21.2).
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createVersion, useVersions } from '../../api/governanceMembership';
import { useAuth } from '../../auth/AuthProvider';
import { RouterLink } from '../../layout/RouterLink';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';

export function VersionsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const query = useVersions();
  return (
    <GovFrame
      title={t('governance.sections.versions.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.sections.versions.intro')}</Paragraph>
          {value.items.length === 0 ? (
            <Paragraph>{t('governance.version.none')}</Paragraph>
          ) : (
            <GovTable
              caption={t('governance.version.caption')}
              columns={[
                t('governance.version.label'),
                t('governance.version.entryIntoForce'),
                t('governance.common.decidedOn'),
              ]}
              rows={value.items.map((v) => ({
                key: v.id,
                cells: [
                  <RouterLink key="l" to={`/bestuur/convenant/${v.id}`}>
                    {v.label}
                  </RouterLink>,
                  f.day(v.entryIntoForce),
                  f.day(v.decidedOn),
                ],
              }))}
            />
          )}
          {hasRole('secretaris') && (
            <GovForm
              id="version-new"
              heading={t('governance.version.newHeading')}
              intro={t('governance.version.newIntro')}
              submit={t('governance.version.create')}
              fields={[
                { name: 'label', label: t('governance.version.label') },
                { name: 'summary', label: t('governance.version.summary'), kind: 'textarea' },
                {
                  name: 'decidedOn',
                  label: t('governance.common.decidedOn'),
                  kind: 'date',
                  initial: today(),
                },
                { name: 'reference', label: t('governance.common.reference') },
                { name: 'entryIntoForce', label: t('governance.version.entryIntoForce'), kind: 'date' },
              ]}
              run={async (v) => {
                const created = await createVersion(v);
                navigate(`/bestuur/convenant/${created.value.id}`);
              }}
            />
          )}
        </>
      )}
    </GovFrame>
  );
}
