/**
 * The decisions of a meeting (Art. 5.4, 7.1): each with its status, and for the secretary the form
 * that puts a proposal to the meeting, naming the parties it substantially affects (5.5, 7.2).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { createDecision, type Meeting } from '../../api/governanceMeetings';
import { useParties } from '../../api/parties';
import { RouterLink } from '../../layout/RouterLink';
import { GovForm } from './parts/GovForm';
import { GovTable } from './parts/GovTable';
import type { useGovChange } from './parts/useGovChange';

export function MeetingDecisions({
  m,
  change,
}: {
  m: Meeting;
  change: ReturnType<typeof useGovChange>['change'];
}) {
  const { t } = useTranslation();
  const parties = (useParties().data ?? []).filter((p) => p.status === 'active');
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="meeting-decisions">
      <Heading level={2} id="meeting-decisions">
        {t('governance.decision.heading')}
      </Heading>
      {m.decisions.length === 0 ? (
        <Paragraph>{t('governance.decision.none')}</Paragraph>
      ) : (
        <GovTable
          caption={t('governance.decision.caption')}
          columns={[t('governance.decision.proposal'), t('governance.overview.state')]}
          rows={m.decisions.map((d) => ({
            key: d.id,
            cells: [
              <RouterLink key="l" to={`/bestuur/besluiten/${d.id}`}>
                {d.title}
              </RouterLink>,
              t(`governance.decision.status.${d.status}`),
            ],
          }))}
        />
      )}
      {m.permissions.includes('create-decision') && m.status !== 'cancelled' && (
        <GovForm
          id="decision-new"
          heading={t('governance.decision.newHeading')}
          submit={t('governance.decision.create')}
          fields={[
            { name: 'title', label: t('governance.decision.titleLabel') },
            { name: 'proposal', label: t('governance.decision.proposal'), kind: 'textarea' },
            {
              name: 'affected',
              label: t('governance.decision.affected'),
              kind: 'checkboxes',
              optional: true,
              description: t('governance.decision.affectedHelp'),
              options: parties.map((p) => ({ value: p.id, label: p.name })),
            },
          ]}
          run={(v) =>
            change(
              () =>
                createDecision({
                  bodyId: m.body.id,
                  meetingId: m.id,
                  title: v.title,
                  proposal: v.proposal,
                  affectedPartyIds: (v.affected ?? '').split('\n').filter(Boolean),
                }),
              t('governance.decision.created'),
            )
          }
        />
      )}
    </section>
  );
}
