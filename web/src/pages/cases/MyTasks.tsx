/**
 * "Mijn taken" on the dashboard (issue 5 §9): the worklist the server compiles per role (GET
 * /me/tasks: new registrations, assessments, triage, information requests, conferences, overdue
 * actions, de-escalations, escalations), and for a professional their own drafts and registrations
 * in assessment. Each part has a heading with its count and links to the cases. Overdue actions
 * carry the overdue mark in words and with a symbol, not colour alone (WCAG 1.4.1).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../api/cases';
import { isAppLink } from '../../api/casesNotifications';
import { type CaseTaskKind, useCaseTasks } from '../../api/casesTasks';
import { useWorklist, type WorklistSection } from '../../api/casesWorklist';
import { useAuth } from '../../auth/AuthProvider';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { RouterLink } from '../../layout/RouterLink';
import { formatDate } from './format';
import { OverdueMark } from './sections/flowFields';
import './cases.css';

const SECTION_KEYS = [
  'new-registrations',
  'assessments',
  'triage',
  'information-requests',
  'conferences',
  'overdue-actions',
  'deescalations',
  'escalations',
] as const;

interface Row {
  id: string;
  caseNumber: string;
  status: CaseStatus | null;
  at: string | null;
  link: string;
}

/** A due date (YYYY-MM-DD, e.g. of an action) without a time; a moment with its time. */
const whenOf = (at: string, language: string | undefined) =>
  /^\d{4}-\d{2}-\d{2}$/.test(at) ? formatDate(at, language) : formatDateTime(at, language);

function TaskList({
  id,
  title,
  count,
  capped,
  atLabel,
  rows,
  overdue = false,
}: {
  id: string;
  title: string;
  count: number;
  capped: boolean;
  atLabel: string;
  rows: readonly Row[];
  /** Every row is past its date (overdue actions): each gets the overdue mark. */
  overdue?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="ketenhuis-tasks__group">
      <Heading level={3} id={id}>
        {title} ({capped ? `${count}+` : count})
      </Heading>
      <ul aria-labelledby={id}>
        {rows.map((r) => (
          <li key={r.id}>
            {isAppLink(r.link) ? <RouterLink to={r.link}>{r.caseNumber}</RouterLink> : r.caseNumber}
            {r.status && ` · ${t(`cases.status.${r.status}`)}`}
            {r.at && ` · ${atLabel} ${whenOf(r.at, i18n.resolvedLanguage)}`}
            {overdue && (
              <>
                {' · '}
                <OverdueMark />
              </>
            )}
          </li>
        ))}
      </ul>
      {count > rows.length && <Paragraph small>{t('cases.tasks.more')}</Paragraph>}
    </div>
  );
}

export function MyTasks() {
  const { t } = useTranslation();
  const { user, roles } = useAuth();
  const worklist = useWorklist();
  const own = useCaseTasks(roles, user?.organisation.partyId ?? null);
  const sectionTitle = (s: WorklistSection) => {
    const known = SECTION_KEYS.find((k) => k === s.key);
    return known ? t(`cases.tasks.sections.${known}`) : t('cases.tasks.sections.other');
  };
  const ownTitle = (kind: CaseTaskKind) => t(`cases.tasks.kinds.${kind}`);
  const shown = (worklist.data ?? []).filter((s) => s.count > 0);
  const ownGroups = own.flatMap((r) => (r.data && r.data.tasks.length > 0 ? [r.data] : []));
  const failed = worklist.isError ? worklist : own.find((r) => r.isError);
  const pending = worklist.isPending || own.some((r) => r.isPending);

  return (
    <section aria-labelledby="my-tasks-heading" className="ketenhuis-tasks">
      <Heading level={2} id="my-tasks-heading">
        {t('cases.tasks.heading')}
      </Heading>
      {pending && <Paragraph role="status">{t('cases.tasks.loading')}</Paragraph>}
      {failed && (
        <ErrorAlert
          heading={t('cases.tasks.loadError')}
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {!pending && !failed && shown.length === 0 && ownGroups.length === 0 && (
        <Paragraph>{t('cases.tasks.empty')}</Paragraph>
      )}
      {shown.map((s) => (
        <TaskList
          key={s.key}
          id={`my-tasks-${s.key}`}
          title={sectionTitle(s)}
          count={s.count}
          capped={s.countCapped}
          atLabel={t(`cases.tasks.at.${s.at}`)}
          // Several overdue actions of one case share case and link: the position keeps keys unique.
          rows={s.items.map((i, n) => ({ ...i, id: `${i.caseId}:${i.link}:${n}` }))}
          overdue={s.key === 'overdue-actions'}
        />
      ))}
      {ownGroups.map((g) => (
        <TaskList
          key={g.kind}
          id={`my-tasks-${g.kind}`}
          title={ownTitle(g.kind)}
          count={g.tasks.length}
          capped={g.more}
          atLabel={t('cases.tasks.at.since')}
          rows={g.tasks.map(({ item }) => ({
            id: item.id,
            caseNumber: item.caseNumber,
            status: item.status,
            at: item.submittedAt ?? item.createdAt,
            link: `/casussen/${encodeURIComponent(item.id)}`,
          }))}
        />
      ))}
      <Paragraph>
        <RouterLink to="/casussen">{t('cases.tasks.allCases')}</RouterLink>
      </Paragraph>
    </section>
  );
}
