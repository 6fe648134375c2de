/**
 * Meetings of the bodies the caller sits in (Art. 5.7, 7.5), per body with its cadence compliance
 * in the year (Art. 4.2, 6.2, 6.4); the decision lists sent between the bodies (5.6, 7.4); and for
 * the secretary the form to plan a meeting (4.6, 6.9).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BodyRef } from '../../api/governanceClient';
import {
  createMeeting,
  MEETING_KINDS,
  type MeetingSummary,
  useCadence,
  useDecisionLists,
  useMeetings,
} from '../../api/governanceMeetings';
import { managedBodies, seatedBodies, useMyGovernance } from '../../api/governanceSeats';
import { useParties } from '../../api/parties';
import { RouterLink } from '../../layout/RouterLink';
import { CadenceView } from './parts/CadenceView';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { localToInstant } from './parts/localMoment';

function BodySection({ body, meetings, year }: { body: BodyRef; meetings: MeetingSummary[]; year: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cadence = useCadence(body.id, year, true);
  return (
    <section className="ketenhuis-gov-section" aria-labelledby={`body-${body.key}`}>
      <Heading level={2} id={`body-${body.key}`}>
        {body.name}
      </Heading>
      {cadence.data && <CadenceView cadence={cadence.data.value} />}
      {meetings.length === 0 ? (
        <Paragraph>{t('governance.meeting.none')}</Paragraph>
      ) : (
        <GovTable
          caption={t('governance.meeting.caption', { body: body.name, year })}
          columns={[
            t('governance.meeting.titleLabel'),
            t('governance.meeting.startsAt'),
            t('governance.overview.state'),
          ]}
          rows={meetings.map((m) => ({
            key: m.id,
            cells: [
              <RouterLink key="l" to={`/bestuur/vergaderingen/${m.id}`}>
                {m.title}
              </RouterLink>,
              f.moment(m.startsAt),
              t(`governance.meeting.status.${m.status}`),
            ],
          }))}
        />
      )}
    </section>
  );
}

function PlanForm({ bodies }: { bodies: BodyRef[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const parties = (useParties().data ?? []).filter((p) => p.status === 'active');
  const m = (k: string) => t(`governance.meeting.fields.${k}` as 'governance.meeting.fields.body');
  return (
    <GovForm
      id="meeting-new"
      heading={t('governance.meeting.newHeading')}
      submit={t('governance.meeting.create')}
      fields={[
        {
          name: 'bodyId',
          label: m('body'),
          kind: 'select',
          options: bodies.map((b) => ({ value: b.id, label: b.name })),
        },
        { name: 'title', label: m('title') },
        {
          name: 'kind',
          label: m('kind'),
          kind: 'select',
          options: MEETING_KINDS.map((k) => ({ value: k, label: t(`governance.meeting.kinds.${k}`) })),
        },
        {
          name: 'requestedBy',
          label: m('requestedBy'),
          kind: 'select',
          optional: true,
          description: m('requestedByHelp'),
          options: [
            { value: '', label: t('governance.termination.noAmendment') },
            ...parties.map((p) => ({ value: p.id, label: p.name })),
          ],
        },
        { name: 'date', label: m('date'), kind: 'date', initial: today() },
        { name: 'start', label: m('start'), kind: 'time', initial: '14:00' },
        { name: 'end', label: m('end'), kind: 'time', initial: '16:00' },
        { name: 'location', label: m('location'), optional: true },
        { name: 'onlineLink', label: m('onlineLink'), optional: true, description: m('onlineLinkHelp') },
      ]}
      run={async (v) => {
        const created = await createMeeting({
          bodyId: v.bodyId,
          title: v.title,
          kind: v.kind,
          requestedByPartyId: v.requestedBy || null,
          startsAt: localToInstant(v.date ?? '', v.start ?? '') ?? v.date,
          endsAt: localToInstant(v.date ?? '', v.end ?? '') ?? v.date,
          location: v.location || null,
          onlineLink: v.onlineLink || null,
        });
        navigate(`/bestuur/vergaderingen/${created.value.id}`);
      }}
    />
  );
}

function DecisionLists() {
  const { t } = useTranslation();
  const f = useFormat();
  const lists = useDecisionLists().data?.value.items ?? [];
  if (lists.length === 0) return null;
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="decision-lists">
      <Heading level={2} id="decision-lists">
        {t('governance.decisionList.heading')}
      </Heading>
      <GovTable
        caption={t('governance.decisionList.heading')}
        columns={[
          t('governance.meeting.titleLabel'),
          t('governance.decisionList.fromTo'),
          t('governance.decisionList.sentAt'),
          t('governance.decisionList.decisions'),
        ]}
        rows={lists.map((l) => ({
          key: l.id,
          cells: [
            l.meeting.title,
            t('governance.decisionList.fromToText', { from: l.from.name, to: l.to.name }),
            t('governance.decisionList.sentText', {
              at: f.moment(l.sentAt),
              by: l.sentBy.name,
              count: l.recipientCount,
            }),
            l.decisions.map((d) => `${d.title}: ${t(`governance.decision.status.${d.status}`)}`).join('; '),
          ],
        }))}
      />
    </section>
  );
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const query = useMeetings(year);
  // The bodies the caller sits in, from the server (GET /me/governance); the secretary plans
  // meetings only in the bodies where they hold the secretary's seat (Art. 4.6, 6.9).
  const seats = useMyGovernance().data?.value;
  const mine = seats ? seatedBodies(seats) : [];
  const managed = seats ? managedBodies(seats) : [];
  return (
    <GovFrame
      title={t('governance.sections.meetings.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.meeting.intro', { year })}</Paragraph>
          {seats && mine.length === 0 && <Paragraph>{t('governance.mine.none')}</Paragraph>}
          {mine.map((b) => (
            <BodySection
              key={b.id}
              body={b}
              year={year}
              meetings={value.items.filter((m) => m.body.id === b.id)}
            />
          ))}
          <DecisionLists />
          {managed.length > 0 && <PlanForm bodies={managed} />}
        </>
      )}
    </GovFrame>
  );
}
