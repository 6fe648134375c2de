/**
 * Disputes about role-holders (Art. 11.4, 12.4, 13.4): those the caller raised or handles, and the
 * form to raise one. Who handles it follows from the subject; nobody else sees it.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createDispute, DISPUTE_SUBJECTS, useDisputes } from '../../api/governanceMembership';
import { RouterLink } from '../../layout/RouterLink';
import { useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';

export function DisputesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const query = useDisputes();
  return (
    <GovFrame
      title={t('governance.sections.disputes.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.sections.disputes.intro')}</Paragraph>
          {value.items.length === 0 ? (
            <Paragraph>{t('governance.dispute.none')}</Paragraph>
          ) : (
            <GovTable
              caption={t('governance.dispute.caption')}
              columns={[
                t('governance.dispute.subjectLabel'),
                t('governance.overview.state'),
                t('governance.dispute.raisedAt'),
              ]}
              rows={value.items.map((d) => ({
                key: d.id,
                cells: [
                  <RouterLink key="l" to={`/bestuur/geschillen/${d.id}`}>
                    {t(`governance.dispute.subject.${d.subject}`)}
                  </RouterLink>,
                  d.status === 'open'
                    ? t('governance.dispute.at', { forum: t(`governance.dispute.forum.${d.forum}`) })
                    : t('governance.dispute.resolved'),
                  f.moment(d.createdAt),
                ],
              }))}
            />
          )}
          <GovForm
            id="dispute-new"
            heading={t('governance.dispute.newHeading')}
            intro={t('governance.dispute.newIntro')}
            submit={t('governance.dispute.create')}
            fields={[
              {
                name: 'subject',
                label: t('governance.dispute.subjectLabel'),
                kind: 'select',
                options: DISPUTE_SUBJECTS.map((s) => ({
                  value: s,
                  label: t(`governance.dispute.subject.${s}`),
                })),
              },
              {
                name: 'about',
                label: t('governance.dispute.about'),
                description: t('governance.dispute.aboutHelp'),
              },
              { name: 'description', label: t('governance.dispute.description'), kind: 'textarea' },
            ]}
            run={async (v) => {
              const created = await createDispute(v);
              navigate(`/bestuur/geschillen/${created.value.id}`);
            }}
          />
        </>
      )}
    </GovFrame>
  );
}
