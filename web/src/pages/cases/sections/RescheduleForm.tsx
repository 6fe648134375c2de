/**
 * Moving a planned case conference to another date and time (Art. 12.2e). The invitees see the
 * new time; their calendar file changes with it (the iCalendar SEQUENCE follows the version).
 * If-Match carries the conference's version; a 412 reloads the page and says why.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Conference, rescheduleConference } from '../../../api/caseFlowConference';
import { ConferenceTimeFields, type ConferenceTimes, checkConferenceTimes } from './ConferenceTimes';
import { FlowFormFrame } from './FlowFormFrame';
import { useFlowForm } from './flowForm';

interface Props {
  caseId: string;
  conference: Conference;
  onDone: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
  onCancel: () => void;
}

export function RescheduleForm({ caseId, conference: conf, onDone, onStale, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFlowForm(`reschedule-${conf.sequence}`, onStale);
  const [times, setTimes] = useState<ConferenceTimes>({ date: '', start: '', end: '' });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { startsAt, endsAt, checks } = checkConferenceTimes(t, times);
    await form.submit(checks, ['date', 'startsAt', 'endsAt'], async () => {
      await rescheduleConference(caseId, conf, { startsAt: startsAt ?? '', endsAt: endsAt ?? '' });
      await onDone(t('cases.flow.conference.rescheduled'));
    });
  };
  return (
    <FlowFormFrame
      form={form}
      headingId={`reschedule-${conf.id}-heading`}
      heading={t('cases.flow.conference.reschedule')}
      headingLevel={4}
      confirm
      submitLabel={t('cases.flow.conference.rescheduleConfirm')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ConferenceTimeFields
        form={form}
        value={times}
        onChange={(change) => setTimes((v) => ({ ...v, ...change }))}
      />
    </FlowFormFrame>
  );
}
