/**
 * One meeting for its body's members (Art. 5.7, 7.5): when and where, the invitation as iCalendar,
 * the agenda (members and parties contribute, 4.6, 5.2, 6.9), who attended, the minutes, and the
 * decisions; the secretary's actions follow the server's `permissions`.
 */
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  ATTENDANCE,
  addAgendaItem,
  type Meeting,
  meetingCalendarUrl,
  recordAttendance,
  saveMinutes,
  sendDecisionList,
  updateMeeting,
  useMeeting,
} from '../../api/governanceMeetings';
import { RouterLink } from '../../layout/RouterLink';
import { MeetingDecisions } from './MeetingDecisions';
import { Facts } from './parts/Facts';
import { useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { useGovChange } from './parts/useGovChange';

type Change = ReturnType<typeof useGovChange>['change'];

function Agenda({ m, change }: { m: Meeting; change: Change }) {
  const { t } = useTranslation();
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="meeting-agenda">
      <Heading level={2} id="meeting-agenda">
        {t('governance.meeting.agenda')}
      </Heading>
      {m.agenda.length === 0 ? (
        <Paragraph>{t('governance.meeting.noAgenda')}</Paragraph>
      ) : (
        <GovTable
          caption={t('governance.meeting.agenda')}
          columns={[
            t('governance.meeting.item'),
            t('governance.meeting.contributedBy'),
            t('governance.overview.state'),
          ]}
          rows={m.agenda.map((a) => ({
            key: a.id,
            cells: [
              a.description ? `${a.title} — ${a.description}` : a.title,
              a.contributedFor ? `${a.contributedBy.name} (${a.contributedFor.name})` : a.contributedBy.name,
              t(`governance.meeting.itemStatus.${a.status}`),
            ],
          }))}
        />
      )}
      {m.permissions.includes('propose-agenda-item') && (
        <GovForm
          id="agenda-new"
          heading={t('governance.meeting.proposeHeading')}
          intro={t('governance.meeting.proposeIntro')}
          submit={t('governance.meeting.propose')}
          fields={[
            { name: 'title', label: t('governance.meeting.item') },
            {
              name: 'description',
              label: t('governance.meeting.itemDescription'),
              kind: 'textarea',
              optional: true,
            },
          ]}
          run={(v) =>
            change(
              () =>
                addAgendaItem({
                  bodyId: m.body.id,
                  meetingId: m.id,
                  title: v.title,
                  description: v.description ?? '',
                }),
              t('governance.meeting.proposed'),
            )
          }
        />
      )}
    </section>
  );
}

function Attendance({ m, etag, change }: { m: Meeting; etag: string | null; change: Change }) {
  const { t } = useTranslation();
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="meeting-members">
      <Heading level={2} id="meeting-members">
        {t('governance.meeting.members')}
      </Heading>
      <GovTable
        caption={t('governance.meeting.membersCaption')}
        columns={[
          t('governance.meeting.person'),
          t('governance.consent.party'),
          t('governance.meeting.role'),
          t('governance.meeting.attendance'),
        ]}
        rows={m.members.map((p) => ({
          key: p.person.id,
          cells: [
            p.person.name,
            p.party?.name ?? t('governance.meeting.house'),
            t(`governance.meeting.roles.${p.role}`),
            p.attendance
              ? t(`governance.meeting.attendanceStatus.${p.attendance}`)
              : t('governance.meeting.notRecorded'),
          ],
        }))}
      />
      {m.permissions.includes('record-attendance') && m.status !== 'cancelled' && m.members.length > 0 && (
        <GovForm
          id="attendance"
          heading={t('governance.meeting.attendanceHeading')}
          submit={t('governance.meeting.recordAttendance')}
          fields={m.members.map((p) => ({
            name: p.person.id,
            label: p.person.name,
            kind: 'select' as const,
            initial: p.attendance ?? 'present',
            options: ATTENDANCE.map((a) => ({
              value: a,
              label: t(`governance.meeting.attendanceStatus.${a}`),
            })),
          }))}
          run={(v) =>
            change(
              () =>
                recordAttendance(
                  m.id,
                  Object.entries(v).map(([userId, status]) => ({ userId, status })),
                  etag,
                ),
              t('governance.meeting.attendanceRecorded'),
            )
          }
        />
      )}
    </section>
  );
}

function Minutes({ m, etag, change }: { m: Meeting; etag: string | null; change: Change }) {
  const { t } = useTranslation();
  const canWrite =
    m.permissions.includes('write-minutes') && m.status === 'held' && m.minutesStatus !== 'adopted';
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="meeting-minutes">
      <Heading level={2} id="meeting-minutes">
        {t('governance.meeting.minutes')}
      </Heading>
      <Paragraph>{t(`governance.meeting.minutesStatus.${m.minutesStatus}`)}</Paragraph>
      {m.minutes && <Paragraph className="ketenhuis-gov-text">{m.minutes}</Paragraph>}
      {canWrite && (
        <GovForm
          id="minutes"
          heading={t('governance.meeting.minutesHeading')}
          submit={t('governance.meeting.saveMinutes')}
          fields={[
            {
              name: 'minutes',
              label: t('governance.meeting.minutes'),
              kind: 'textarea',
              initial: m.minutes ?? '',
            },
            {
              name: 'status',
              label: t('governance.meeting.minutesState'),
              kind: 'select',
              options: (['draft', 'adopted'] as const).map((s) => ({
                value: s,
                label: t(`governance.meeting.minutesStatus.${s}`),
              })),
            },
          ]}
          run={(v) =>
            change(
              () => saveMinutes(m.id, v.minutes ?? '', v.status === 'adopted' ? 'adopted' : 'draft', etag),
              t('governance.meeting.minutesSaved'),
            )
          }
        />
      )}
    </section>
  );
}

export function MeetingPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const { status, stale, change } = useGovChange();
  const m = query.data?.value;
  return (
    <GovFrame
      title={
        m
          ? t('governance.meeting.title', { body: m.body.name, title: m.title })
          : t('governance.meeting.loadingTitle')
      }
      back={{ to: '/bestuur/vergaderingen', label: t('governance.meeting.backToList') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(m, etag) => (
        <>
          <Facts
            items={[
              [t('governance.meeting.when'), `${f.moment(m.startsAt)} – ${f.moment(m.endsAt)}`],
              [
                t('governance.meeting.fields.kind'),
                t(`governance.meeting.kinds.${m.kind}`) + (m.requestedBy ? ` (${m.requestedBy.name})` : ''),
              ],
              [t('governance.overview.state'), t(`governance.meeting.status.${m.status}`)],
              [t('governance.meeting.fields.location'), m.location],
              [t('governance.meeting.fields.onlineLink'), m.onlineLink],
            ]}
          />
          <Paragraph>{t('governance.meeting.notPublic')}</Paragraph>
          <Paragraph>
            <Link href={meetingCalendarUrl(m.id)} download>
              {t('governance.meeting.calendar')}
            </Link>
          </Paragraph>
          {m.permissions.includes('update') && m.status === 'planned' && (
            <>
              <GovForm
                id="meeting-held"
                heading={t('governance.meeting.heldHeading')}
                submit={t('governance.meeting.markHeld')}
                fields={[]}
                run={() =>
                  change(
                    () => updateMeeting(m.id, { status: 'held' }, etag),
                    t('governance.meeting.markedHeld'),
                  )
                }
              />
              <GovForm
                id="meeting-cancel"
                heading={t('governance.meeting.cancelHeading')}
                submit={t('governance.meeting.cancel')}
                danger
                fields={[]}
                run={() =>
                  change(
                    () => updateMeeting(m.id, { status: 'cancelled' }, etag),
                    t('governance.meeting.cancelled'),
                  )
                }
              />
            </>
          )}
          <Agenda m={m} change={change} />
          <Attendance m={m} etag={etag} change={change} />
          <MeetingDecisions m={m} change={change} />
          {m.permissions.includes('send-decision-list') && m.decisions.length > 0 && (
            <GovForm
              id="decision-list"
              heading={t('governance.decisionList.sendHeading')}
              intro={t('governance.decisionList.sendIntro')}
              submit={t('governance.decisionList.send')}
              fields={[]}
              run={() => change(() => sendDecisionList(m.id), t('governance.decisionList.sent'))}
            />
          )}
          <Minutes m={m} etag={etag} change={change} />
          <Paragraph>
            <RouterLink to="/bestuur/mandaten">{t('governance.sections.mandates.title')}</RouterLink>
          </Paragraph>
        </>
      )}
    </GovFrame>
  );
}
