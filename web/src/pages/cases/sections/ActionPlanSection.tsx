/**
 * The action plan in execution (Art. 8.5, 13.2): each action with its owner party, due date,
 * status, history and the information it is based on (Art. 16.2: only what the user may see now,
 * marked when no longer usable in the plan); an overdue action is marked in words and with a
 * symbol, not by colour alone. The coordinator, or a participant of the owning party, changes an
 * action's status with an optional note; the coordinator or the procesregisseur changes what it is
 * based on — as the action's `permissions` allow (If-Match: the action's version).
 */
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../api/caseFlowConference';
import {
  changeActionStatus,
  type ExecutionAction,
  statusChoices,
  useExecution,
} from '../../../api/caseFlowExecution';
import type { UserName } from '../../../api/caseFlowNames';
import { formatDateTime } from '../../../i18n/format';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { ChoiceGroup } from '../ChoiceGroup';
import { formatDate } from '../format';
import { TextAreaField } from '../TextAreaField';
import { ActionCitationsForm } from './ActionCitationsForm';
import { CitedItems } from './CitedItems';
import { CONFERENCE_ON, useCasePeople, usePartyNames } from './flowData';
import { OverdueMark } from './flowFields';
import { useFlowForm } from './flowForm';
import type { CaseSectionProps } from './types';

export const showsActionPlan = (c: CaseSectionProps['value']) => CONFERENCE_ON.includes(c.status);

export function ActionPlanSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const partyName = usePartyNames();
  const query = useExecution(c.id, true);
  const [editing, setEditing] = useState<string | null>(null);
  const [citing, setCiting] = useState<string | null>(null);
  const actions = query.data?.actions ?? [];
  if (query.isSuccess && actions.length === 0) return null;
  const overdue = actions.filter((a) => a.overdue).length;
  return (
    <section aria-labelledby="case-plan-heading">
      <Heading level={2} id="case-plan-heading">
        {t('cases.flow.plan2.heading')}
      </Heading>
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.flow.plan2.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {overdue > 0 && (
        <Paragraph>
          <OverdueMark />
          {` ${t('cases.flow.plan2.overdueCount', { count: overdue })}`}
        </Paragraph>
      )}
      {actions.length > 0 && (
        <div className="ketenhuis-table-scroll">
          <Table className="ketenhuis-table">
            <TableCaption>{t('cases.flow.plan2.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.flow.plan2.columns.action')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.plan2.columns.owner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.plan2.columns.due')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.plan2.columns.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.citations.column')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.plan2.columns.change')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {actions.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row" className="ketenhuis-case-text">
                    {a.description}
                  </TableHeaderCell>
                  <TableCell>{partyName(a.ownerPartyId)}</TableCell>
                  <TableCell>
                    {formatDate(a.dueDate, language)}
                    {a.overdue && (
                      <>
                        {' '}
                        <OverdueMark />
                      </>
                    )}
                  </TableCell>
                  <TableCell>
                    {t(`cases.flow.actionStatus.${a.status}`)}
                    {a.history.length > 0 &&
                      ` (${t('cases.flow.plan2.since', { at: formatDateTime(a.history[a.history.length - 1]?.at ?? '', language) })})`}
                  </TableCell>
                  <TableCell>
                    <CitedItems
                      caseId={c.id}
                      citations={a.citations}
                      label={t('cases.flow.citations.listLabel', { action: a.description })}
                    />
                  </TableCell>
                  <TableCell>
                    <ButtonGroup>
                      {statusChoices(a.status, a.permissions).length > 0 && editing !== a.id && (
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          aria-label={t('cases.flow.plan2.changeLabel', { action: a.description })}
                          onClick={() => {
                            setCiting(null);
                            setEditing(a.id);
                          }}
                        >
                          {t('cases.flow.plan2.change')}
                        </Button>
                      )}
                      {a.permissions.includes('change-citations') && citing !== a.id && (
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          aria-label={t('cases.flow.citations.changeLabel', { action: a.description })}
                          onClick={() => {
                            setEditing(null);
                            setCiting(a.id);
                          }}
                        >
                          {t('cases.flow.citations.change')}
                        </Button>
                      )}
                    </ButtonGroup>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {actions
        .filter((a) => a.id === editing)
        .map((a) => (
          <StatusForm
            key={a.id}
            caseId={c.id}
            action={a}
            onDone={async (message) => {
              setEditing(null);
              await onChanged(message);
            }}
            onStale={onStale}
            onCancel={() => setEditing(null)}
          />
        ))}
      {actions
        .filter((a) => a.id === citing)
        .map((a) => (
          <ActionCitationsForm
            key={a.id}
            caseId={c.id}
            action={a}
            onDone={async (message) => {
              setCiting(null);
              await onChanged(message);
            }}
            onStale={onStale}
            onCancel={() => setCiting(null)}
          />
        ))}
      <History actions={actions} value={c} names={query.data?.userNames} />
    </section>
  );
}

interface StatusFormProps {
  caseId: string;
  action: ExecutionAction;
  onDone: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
  onCancel: () => void;
}

function StatusForm({ caseId, action: a, onDone, onStale, onCancel }: StatusFormProps) {
  const { t } = useTranslation();
  const form = useFlowForm(`action-${a.id}`, onStale);
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const [note, setNote] = useState('');
  const choices = statusChoices(a.status, a.permissions);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(
      { status: !status && t('cases.flow.plan2.errors.status') },
      ['status', 'note'],
      async () => {
        await changeActionStatus(caseId, a, status ?? 'open', note.trim() || undefined);
        await onDone(
          t('cases.flow.plan2.changed', { status: t(`cases.flow.actionStatus.${status ?? 'open'}`) }),
        );
      },
    );
  };
  const headingId = `action-${a.id}-heading`;
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form ketenhuis-confirm"
      aria-labelledby={headingId}
    >
      <Heading level={3} id={headingId}>
        {t('cases.flow.plan2.formHeading', { action: a.description })}
      </Heading>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <ChoiceGroup
        type="radio"
        legend={t('cases.flow.plan2.newStatus')}
        firstId={form.idOf('status')}
        error={form.error('status')}
        options={choices.map((s) => ({ value: s, label: t(`cases.flow.actionStatus.${s}`) }))}
        value={status ? [status] : []}
        onChange={(v) => setStatus(choices.find((s) => s === v[0]) ?? null)}
      />
      <TextAreaField
        id={form.idOf('note')}
        label={t('cases.flow.plan2.note')}
        rows={2}
        value={note}
        error={form.error('note')}
        onChange={(e) => setNote(e.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.plan2.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.flow.common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function History({
  actions,
  value: c,
  names,
}: {
  actions: readonly ExecutionAction[];
  value: CaseSectionProps['value'];
  /** Who changed the actions, by name (issue 5). */
  names: readonly UserName[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { describeId } = useCasePeople(c, names);
  const changes = actions
    .flatMap((a) => a.history.map((h) => ({ ...h, action: a.description })))
    .sort((x, y) => y.at.localeCompare(x.at));
  if (changes.length === 0) return null;
  return (
    <>
      <Heading level={3}>{t('cases.flow.plan2.history')}</Heading>
      <ul>
        {changes.map((h) => (
          <li key={`${h.at}:${h.action}`}>
            {t('cases.flow.plan2.historyLine', {
              at: formatDateTime(h.at, i18n.resolvedLanguage),
              who: describeId(h.changedByUserId),
              action: h.action,
              from: t(`cases.flow.actionStatus.${h.fromStatus}`),
              to: t(`cases.flow.actionStatus.${h.toStatus}`),
            })}
            {h.note && ` — ${h.note}`}
          </li>
        ))}
      </ul>
    </>
  );
}
