/**
 * One dispute (Art. 11.4, 12.4, 13.4): the ladder of who handles it and where it is now, its
 * history, and — for whoever handles it — taking it one step up or recording the resolution.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { disputeStep, useDispute } from '../../api/governanceMembership';
import { Facts } from './parts/Facts';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { StepList } from './parts/StepList';
import { useGovChange } from './parts/useGovChange';

export function DisputePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useDispute(id);
  const { status, stale, change } = useGovChange();
  const d = query.data?.value;
  return (
    <GovFrame
      title={
        d
          ? t('governance.dispute.title', { subject: t(`governance.dispute.subject.${d.subject}`) })
          : t('governance.dispute.loadingTitle')
      }
      back={{ to: '/bestuur/geschillen', label: t('governance.dispute.backToList') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(d, etag) => {
        const level = d.ladder.indexOf(d.forum);
        return (
          <>
            <Facts
              items={[
                [t('governance.dispute.about'), d.about],
                [t('governance.dispute.article'), t('governance.common.article', { article: d.article })],
                [
                  t('governance.overview.state'),
                  d.status === 'open'
                    ? t('governance.dispute.at', { forum: t(`governance.dispute.forum.${d.forum}`) })
                    : t('governance.dispute.resolved'),
                ],
                [
                  t('governance.dispute.resolution'),
                  d.resolution ? `${d.resolution} (${f.day(d.resolvedOn)})` : '',
                ],
              ]}
            />
            <Paragraph className="ketenhuis-gov-text">{d.description}</Paragraph>
            <StepList
              label={t('governance.dispute.ladder')}
              steps={d.ladder.map((forum, i) => ({
                key: forum,
                label: t(`governance.dispute.forum.${forum}`),
                state:
                  i < level || (i === level && d.status === 'resolved')
                    ? 'done'
                    : i === level
                      ? 'current'
                      : 'todo',
              }))}
            />
            <section className="ketenhuis-gov-section" aria-labelledby="dispute-history">
              <Heading level={2} id="dispute-history">
                {t('governance.dispute.history')}
              </Heading>
              <GovTable
                caption={t('governance.dispute.history')}
                columns={[
                  t('governance.dispute.when'),
                  t('governance.dispute.step'),
                  t('governance.dispute.forumLabel'),
                  t('governance.dispute.note'),
                ]}
                rows={d.steps.map((s, i) => ({
                  key: `${s.at}-${i}`,
                  cells: [
                    f.moment(s.at),
                    t(`governance.dispute.kinds.${s.kind}`),
                    t(`governance.dispute.forum.${s.forum}` as 'governance.dispute.forum.manager'),
                    s.note,
                  ],
                }))}
              />
            </section>
            {d.permissions.includes('escalate') && (
              <GovForm
                id="dispute-escalate"
                heading={t('governance.dispute.escalateHeading')}
                intro={t('governance.dispute.escalateIntro', {
                  forum: t(`governance.dispute.forum.${d.ladder[level + 1] ?? d.forum}`),
                })}
                submit={t('governance.dispute.escalate')}
                fields={[{ name: 'note', label: t('governance.dispute.note'), kind: 'textarea' }]}
                run={(v) =>
                  change(() => disputeStep(d.id, 'escalate', v, etag), t('governance.dispute.escalated'))
                }
              />
            )}
            {d.permissions.includes('resolve') && (
              <GovForm
                id="dispute-resolve"
                heading={t('governance.dispute.resolveHeading')}
                submit={t('governance.dispute.resolve')}
                fields={[
                  { name: 'resolution', label: t('governance.dispute.resolution'), kind: 'textarea' },
                  {
                    name: 'resolvedOn',
                    label: t('governance.dispute.resolvedOn'),
                    kind: 'date',
                    initial: today(),
                  },
                ]}
                run={(v) =>
                  change(() => disputeStep(d.id, 'resolve', v, etag), t('governance.dispute.resolvedNow'))
                }
              />
            )}
          </>
        );
      }}
    </GovFrame>
  );
}
