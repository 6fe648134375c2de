/**
 * Moving a planned case conference to another date and time (Art. 12.2e). The invitees see the
 * new time; their calendar file changes with it (the iCalendar SEQUENCE follows the version).
 * If-Match carries the conference's version; a 412 reloads the page and says why.
 */
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Conference, localInstant, rescheduleConference } from '../../../api/caseFlowConference';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { TextField } from '../../../layout/TextField';
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
  const [date, setDate] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const startsAt = localInstant(date, start);
    const endsAt = localInstant(date, end);
    const checks = {
      date: !date && t('cases.flow.plan.errors.date'),
      startsAt: !startsAt
        ? t('cases.flow.plan.errors.start')
        : Date.parse(startsAt) <= Date.now() && t('cases.flow.plan.errors.past'),
      endsAt: !endsAt
        ? t('cases.flow.plan.errors.end')
        : startsAt !== null &&
          Date.parse(endsAt) <= Date.parse(startsAt) &&
          t('cases.flow.plan.errors.endBeforeStart'),
    };
    await form.submit(checks, ['date', 'startsAt', 'endsAt'], async () => {
      await rescheduleConference(caseId, conf, { startsAt: startsAt ?? '', endsAt: endsAt ?? '' });
      await onDone(t('cases.flow.conference.rescheduled'));
    });
  };
  const headingId = `reschedule-${conf.id}-heading`;
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form ketenhuis-confirm"
      aria-labelledby={headingId}
    >
      <Heading level={4} id={headingId}>
        {t('cases.flow.conference.reschedule')}
      </Heading>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <div className="ketenhuis-flow-row">
        <TextField
          id={form.idOf('date')}
          label={t('cases.flow.plan.date')}
          type="date"
          required
          value={date}
          error={form.error('date')}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          id={form.idOf('startsAt')}
          label={t('cases.flow.plan.start')}
          type="time"
          required
          value={start}
          error={form.error('startsAt')}
          onChange={(e) => setStart(e.target.value)}
        />
        <TextField
          id={form.idOf('endsAt')}
          label={t('cases.flow.plan.end')}
          type="time"
          required
          value={end}
          error={form.error('endsAt')}
          onChange={(e) => setEnd(e.target.value)}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.conference.rescheduleConfirm')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.flow.common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
