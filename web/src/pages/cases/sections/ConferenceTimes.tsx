/**
 * When a case conference takes place (Art. 12.2e): a date with a start and end time, as planning
 * and rescheduling both ask for it, and the checks both run before calling the server — a real
 * date and times, not in the past, the end after the start.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { localInstant } from '../../../api/caseFlowConference';
import { TextField } from '../../../layout/TextField';
import type { FlowForm } from './flowForm';

export interface ConferenceTimes {
  date: string;
  start: string;
  end: string;
}

/** The instants to send and the checks keyed by the request's fields (date, startsAt, endsAt). */
export function checkConferenceTimes(t: TFunction, { date, start, end }: ConferenceTimes) {
  const startsAt = localInstant(date, start);
  const endsAt = localInstant(date, end);
  const checks: Record<string, string | false> = {
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
  return { startsAt, endsAt, checks };
}

export function ConferenceTimeFields({
  form,
  value,
  onChange,
}: {
  form: FlowForm;
  value: ConferenceTimes;
  onChange: (change: Partial<ConferenceTimes>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="ketenhuis-flow-row">
      <TextField
        id={form.idOf('date')}
        label={t('cases.flow.plan.date')}
        type="date"
        required
        value={value.date}
        error={form.error('date')}
        onChange={(e) => onChange({ date: e.target.value })}
      />
      <TextField
        id={form.idOf('startsAt')}
        label={t('cases.flow.plan.start')}
        type="time"
        required
        value={value.start}
        error={form.error('startsAt')}
        onChange={(e) => onChange({ start: e.target.value })}
      />
      <TextField
        id={form.idOf('endsAt')}
        label={t('cases.flow.plan.end')}
        type="time"
        required
        value={value.end}
        error={form.error('endsAt')}
        onChange={(e) => onChange({ end: e.target.value })}
      />
    </div>
  );
}
