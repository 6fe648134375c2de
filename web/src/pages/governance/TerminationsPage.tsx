/**
 * Withdrawal (Art. 23.1, 21.3) and exclusion (23.2) of parties: the list, and for the secretary
 * the form that records a written notice of withdrawal or a notice of default.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createTermination, useTerminations, useVersions } from '../../api/governanceMembership';
import { useParties } from '../../api/parties';
import { useAuth } from '../../auth/AuthProvider';
import { RouterLink } from '../../layout/RouterLink';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';

function NoticeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const parties = (useParties().data ?? []).filter((p) => p.status === 'active');
  const versions = useVersions().data?.value.items ?? [];
  return (
    <GovForm
      id="termination-new"
      heading={t('governance.termination.newHeading')}
      intro={t('governance.termination.newIntro')}
      submit={t('governance.termination.create')}
      fields={[
        {
          name: 'kind',
          label: t('governance.termination.kind'),
          kind: 'select',
          options: (['withdrawal', 'exclusion'] as const).map((k) => ({
            value: k,
            label: t(`governance.termination.kinds.${k}`),
          })),
        },
        {
          name: 'partyId',
          label: t('governance.consent.party'),
          kind: 'select',
          options: parties.map((p) => ({ value: p.id, label: p.name })),
        },
        { name: 'noticeOn', label: t('governance.termination.noticeOn'), kind: 'date', initial: today() },
        { name: 'reference', label: t('governance.common.reference') },
        { name: 'text', label: t('governance.termination.text'), kind: 'textarea' },
        {
          name: 'amendmentId',
          label: t('governance.termination.amendment'),
          kind: 'select',
          optional: true,
          description: t('governance.termination.amendmentHelp'),
          options: [
            { value: '', label: t('governance.termination.noAmendment') },
            ...versions.map((v) => ({ value: v.id, label: v.label })),
          ],
        },
      ]}
      run={async ({ amendmentId, ...v }) => {
        const created = await createTermination({ ...v, ...(amendmentId ? { amendmentId } : {}) });
        navigate(`/bestuur/beeindiging/${created.value.id}`);
      }}
    />
  );
}

export function TerminationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { hasRole } = useAuth();
  const query = useTerminations();
  return (
    <GovFrame
      title={t('governance.sections.terminations.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.sections.terminations.intro')}</Paragraph>
          {value.items.length === 0 ? (
            <Paragraph>{t('governance.termination.none')}</Paragraph>
          ) : (
            <GovTable
              caption={t('governance.termination.caption')}
              columns={[
                t('governance.overview.what'),
                t('governance.overview.state'),
                t('governance.termination.noticeOn'),
              ]}
              rows={value.items.map((x) => ({
                key: x.id,
                cells: [
                  <RouterLink key="l" to={`/bestuur/beeindiging/${x.id}`}>
                    {t(`governance.termination.kindOf.${x.kind}`, { name: x.party.name })}
                  </RouterLink>,
                  t(`governance.termination.status.${x.status}`),
                  f.day(x.notice.on),
                ],
              }))}
            />
          )}
          {hasRole('secretaris') && <NoticeForm />}
        </>
      )}
    </GovFrame>
  );
}
