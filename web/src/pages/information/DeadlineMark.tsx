/**
 * The deadline of a data-subject request in words (AVG Art. 12.3): on time, due within a week,
 * passed (with the number of days), or handled. Text and a symbol, never colour alone (WCAG 1.4.1).
 */
import { useTranslation } from 'react-i18next';
import { type Deadline, daysOverdue } from '../../api/informationSubjectRequests';
import { todayLocal } from '../cases/format';
import { OverdueMark } from '../cases/sections/flowFields';

export function DeadlineMark({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  if (deadline.state === 'overdue') return <OverdueMark days={daysOverdue(deadline, todayLocal())} />;
  return (
    <span
      className={
        deadline.state === 'due-soon' ? 'ketenhuis-item-badge ketenhuis-item-badge--strong' : undefined
      }
    >
      {t(`cases.information.subject.deadline.${deadline.state}`)}
    </span>
  );
}
