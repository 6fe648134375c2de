/**
 * One case conference (Art. 8, 12.2c–e): when and where, goal, decision types and themes, the
 * invited parties with the contribution asked and the named participants (with attendance once
 * held), the iCalendar invitation, and for a held conference its record: coordinator, action
 * plan, each party's role and information needs, de-escalation criteria, minutes. The
 * procesregisseur cancels a planned conference (with a reason) or records it, as permitted.
 */
import { Button, ButtonGroup, DataList, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Conference, cancelConference, invitationPath } from '../../../api/caseFlowConference';
import { formatDateTime } from '../../../i18n/format';
import { formatDate } from '../format';
import { ActionForm, reasonField } from './ActionForm';
import { CitedItems } from './CitedItems';
import { ConferenceRecordForm } from './ConferenceRecordForm';
import { useCasePeople, usePartyNames } from './flowData';
import { Row } from './flowFields';
import { useStaleHandler } from './flowForm';
import { RescheduleForm } from './RescheduleForm';
import type { CaseSectionProps } from './types';

interface Props extends CaseSectionProps {
  conference: Conference;
}

export function ConferenceCard({ conference: conf, value: c, onChanged, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const partyName = usePartyNames();
  const { describeId, labelId } = useCasePeople(c);
  const [open, setOpen] = useState<'cancel' | 'hold' | 'reschedule' | null>(null);
  const stale = useStaleHandler(onStale, () => setOpen(null));
  const headingId = `conference-${conf.id}-heading`;
  const list = (values: readonly string[]) =>
    values.length ? values.join(', ') : t('cases.flow.common.none');
  const attendance = (a: 'present' | 'absent' | null) =>
    a ? ` — ${t(`cases.flow.conference.attendance.${a}`)}` : '';

  return (
    <article aria-labelledby={headingId} className="ketenhuis-flow-card">
      <Heading level={3} id={headingId}>
        {t(conf.sequence === 1 ? 'cases.flow.conference.first' : 'cases.flow.conference.followUpTitle', {
          sequence: conf.sequence,
        })}{' '}
        — {t(`cases.flow.conference.statuses.${conf.status}`)}
      </Heading>
      <DataList className="ketenhuis-data-list">
        <Row label={t('cases.flow.conference.when')}>
          {t('cases.flow.conference.fromTo', {
            from: formatDateTime(conf.startsAt, language),
            to: formatDateTime(conf.endsAt, language),
          })}
        </Row>
        {conf.location && <Row label={t('cases.flow.conference.location')}>{conf.location}</Row>}
        {conf.onlineLink && (
          <Row label={t('cases.flow.conference.onlineLink')}>
            <Link href={conf.onlineLink} rel="noopener noreferrer" target="_blank">
              {conf.onlineLink}
            </Link>
          </Row>
        )}
        <Row label={t('cases.flow.conference.goal')}>
          <span className="ketenhuis-case-text">{conf.goal}</span>
        </Row>
        <Row label={t('cases.flow.conference.decisionTypes')}>{list(conf.decisionTypes)}</Row>
        <Row label={t('cases.flow.conference.themes')}>{list(conf.themes)}</Row>
        {conf.cancelReason && <Row label={t('cases.flow.conference.cancelReason')}>{conf.cancelReason}</Row>}
      </DataList>
      <Heading level={4}>{t('cases.flow.conference.invited')}</Heading>
      <ul>
        {conf.invitations.map((inv) => (
          <li key={inv.partyId}>
            <strong>{partyName(inv.partyId)}</strong>:{' '}
            <span className="ketenhuis-case-text">{inv.contribution}</span>
            {inv.participants.length > 0 && (
              <ul>
                {inv.participants.map((p) => (
                  <li key={p.userId}>
                    {labelId(p.userId)}
                    {attendance(p.attendance)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {conf.permissions.includes('download-invitation') && conf.status === 'planned' && (
        <Paragraph>
          <Link href={invitationPath(c.id, conf.id)} download>
            {t('cases.flow.conference.ics')}
          </Link>
        </Paragraph>
      )}
      {conf.status === 'held' && <HeldRecord conference={conf} describeId={describeId} />}
      <ButtonGroup>
        {conf.permissions.includes('hold') && open !== 'hold' && (
          <Button type="button" appearance="primary-action-button" onClick={() => setOpen('hold')}>
            {t('cases.flow.record.open')}
          </Button>
        )}
        {conf.permissions.includes('reschedule') && open !== 'reschedule' && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen('reschedule')}>
            {t('cases.flow.conference.reschedule')}
          </Button>
        )}
        {conf.permissions.includes('cancel') && open !== 'cancel' && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen('cancel')}>
            {t('cases.flow.conference.cancel')}
          </Button>
        )}
      </ButtonGroup>
      {open === 'reschedule' && (
        <RescheduleForm
          caseId={c.id}
          conference={conf}
          onDone={async (message) => {
            setOpen(null);
            await onChanged(message);
          }}
          onStale={onStale}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'cancel' && (
        <ActionForm
          id={`conference-${conf.id}-cancel`}
          heading={t('cases.flow.conference.cancel')}
          text={t('cases.flow.conference.cancelText')}
          fields={[reasonField(t)]}
          confirm={t('cases.flow.conference.cancelConfirm')}
          danger
          run={async (v) => {
            await cancelConference(c.id, conf, v.reason ?? '');
            setOpen(null);
            await onChanged(t('cases.flow.conference.cancelled'));
          }}
          handled={stale}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'hold' && (
        <ConferenceRecordForm
          conference={conf}
          value={c}
          onChanged={async (message) => {
            setOpen(null);
            await onChanged(message);
          }}
          onStale={onStale}
          onCancel={() => setOpen(null)}
        />
      )}
    </article>
  );
}

function HeldRecord({
  conference: conf,
  describeId,
}: {
  conference: Conference;
  describeId: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const partyName = usePartyNames();
  return (
    <>
      <Heading level={4}>{t('cases.flow.record.heading')}</Heading>
      <DataList className="ketenhuis-data-list">
        {conf.heldAt && (
          <Row label={t('cases.flow.record.heldAt')}>
            {formatDateTime(conf.heldAt, i18n.resolvedLanguage)}
          </Row>
        )}
        <Row label={t('cases.flow.record.coordinator')}>
          {conf.coordinator ? describeId(conf.coordinator.userId) : t('cases.flow.common.none')}
        </Row>
        <Row label={t('cases.flow.record.criteria')}>
          <span className="ketenhuis-case-text">{conf.deescalationCriteria ?? ''}</span>
        </Row>
        <Row label={t('cases.flow.record.minutes')}>
          <span className="ketenhuis-case-text">{conf.minutes ?? ''}</span>
        </Row>
      </DataList>
      <Heading level={5}>{t('cases.flow.record.actions')}</Heading>
      <ul>
        {conf.actions.map((a) => (
          <li key={a.id}>
            {t('cases.flow.record.actionLine', {
              party: partyName(a.ownerPartyId),
              description: a.description,
              due: formatDate(a.dueDate, i18n.resolvedLanguage),
            })}
            {a.citations.length > 0 && (
              <CitedItems
                caseId={conf.caseId}
                citations={a.citations}
                label={t('cases.flow.citations.listLabel', { action: a.description })}
              />
            )}
          </li>
        ))}
      </ul>
      {conf.partyRoles.length > 0 && (
        <>
          <Heading level={5}>{t('cases.flow.record.roles')}</Heading>
          <ul>
            {conf.partyRoles.map((r) => (
              <li key={r.partyId}>
                <strong>{partyName(r.partyId)}</strong>:{' '}
                {t('cases.flow.record.roleLine', { role: r.role, needs: r.informationNeeds })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
