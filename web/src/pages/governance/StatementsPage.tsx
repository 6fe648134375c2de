/**
 * Statements to third parties (Art. 19): proposed by the manager or the secretary, released by the
 * manager as spokesperson once every party consented.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createStatement, useStatements } from '../../api/governanceMembership';
import { useAuth } from '../../auth/AuthProvider';
import { RouterLink } from '../../layout/RouterLink';
import { useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';

export function StatementsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const query = useStatements();
  return (
    <GovFrame
      title={t('governance.sections.statements.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.sections.statements.intro')}</Paragraph>
          {value.items.length === 0 ? (
            <Paragraph>{t('governance.statement.none')}</Paragraph>
          ) : (
            <GovTable
              caption={t('governance.statement.caption')}
              columns={[
                t('governance.statement.titleLabel'),
                t('governance.overview.state'),
                t('governance.statement.proposedAt'),
              ]}
              rows={value.items.map((s) => ({
                key: s.id,
                cells: [
                  <RouterLink key="l" to={`/bestuur/verklaringen/${s.id}`}>
                    {s.title}
                  </RouterLink>,
                  t(`governance.statement.status.${s.status}`),
                  f.moment(s.createdAt),
                ],
              }))}
            />
          )}
          {hasRole('manager', 'secretaris') && (
            <GovForm
              id="statement-new"
              heading={t('governance.statement.newHeading')}
              submit={t('governance.statement.create')}
              fields={[
                { name: 'title', label: t('governance.statement.titleLabel') },
                { name: 'audience', label: t('governance.statement.audience') },
                { name: 'body', label: t('governance.statement.body'), kind: 'textarea' },
              ]}
              run={async (v) => {
                const created = await createStatement(v);
                navigate(`/bestuur/verklaringen/${created.value.id}`);
              }}
            />
          )}
        </>
      )}
    </GovFrame>
  );
}
