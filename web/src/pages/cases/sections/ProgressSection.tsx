/**
 * Progress and escalation during execution (Art. 13.3, 11.3d): the coordinator's progress
 * reports to the procesregisseur (only they, and the manager on escalation, read them), and
 * escalation to the manager with a reason (procesregisseur or coordinator), closed with an
 * explanation by the manager or the procesregisseur. Every action as the server permits.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  escalateCase,
  reportProgress,
  resolveEscalation,
  useExecution,
} from '../../../api/caseFlowExecution';
import { formatDateTime } from '../../../i18n/format';
import { TextAreaField } from '../TextAreaField';
import { ActionForm, reasonField } from './ActionForm';
import { FlowFormFrame } from './FlowFormFrame';
import { CONFERENCE_ON, relationOf, useCasePeople } from './flowData';
import { useFlowForm, useStaleHandler } from './flowForm';
import type { CaseSectionProps } from './types';

export const showsProgress = (c: CaseSectionProps['value']) => CONFERENCE_ON.includes(c.status);

export function ProgressSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const query = useExecution(c.id, true);
  const { describeId } = useCasePeople(c, query.data?.userNames);
  const navigate = useNavigate();
  const [open, setOpen] = useState<'escalate' | 'resolve' | null>(null);
  const stale = useStaleHandler(onStale, () => setOpen(null));
  const x = query.data;
  if (!x || (x.progressReports === null && x.escalations === null && x.permissions.length === 0)) return null;
  const may = (a: string) => x.permissions.includes(a);
  const current = x.escalations?.find((e) => e.resolvedAt === null);
  return (
    <section aria-labelledby="case-progress-heading">
      <Heading level={2} id="case-progress-heading">
        {t('cases.flow.progress.heading')}
      </Heading>
      {x.escalated && (
        <Paragraph>
          <strong>{t('cases.flow.progress.escalatedNow')}</strong>
          {current &&
            ` ${t('cases.flow.progress.escalatedSince', { at: formatDateTime(current.escalatedAt, language), reason: current.reason })}`}
        </Paragraph>
      )}
      {x.progressReports !== null && (
        <>
          <Heading level={3}>{t('cases.flow.progress.reports')}</Heading>
          {x.progressReports.length === 0 ? (
            <Paragraph>{t('cases.flow.progress.none')}</Paragraph>
          ) : (
            <ol className="ketenhuis-thread">
              {x.progressReports.map((r) => (
                <li key={r.id} className="ketenhuis-thread__message">
                  <Paragraph small className="ketenhuis-thread__meta">
                    {t('cases.flow.progress.by', {
                      who: describeId(r.authorUserId),
                      at: formatDateTime(r.at, language),
                    })}
                  </Paragraph>
                  <Paragraph className="ketenhuis-case-text">{r.text}</Paragraph>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {may('report-progress') && <ReportForm caseId={c.id} onChanged={onChanged} onStale={onStale} />}
      {x.escalations && x.escalations.length > 0 && (
        <>
          <Heading level={3}>{t('cases.flow.progress.escalations')}</Heading>
          <ul>
            {x.escalations.map((e) => (
              <li key={e.id}>
                {t('cases.flow.progress.escalationLine', {
                  at: formatDateTime(e.escalatedAt, language),
                  reason: e.reason,
                })}
                {e.resolvedAt &&
                  ` ${t('cases.flow.progress.resolvedLine', { at: formatDateTime(e.resolvedAt, language), resolution: e.resolution ?? '' })}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <ButtonGroup>
        {may('escalate') && open !== 'escalate' && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen('escalate')}>
            {t('cases.flow.progress.escalate')}
          </Button>
        )}
        {may('resolve-escalation') && open !== 'resolve' && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen('resolve')}>
            {t('cases.flow.progress.resolve')}
          </Button>
        )}
      </ButtonGroup>
      {open === 'escalate' && (
        <ActionForm
          id="case-escalate"
          heading={t('cases.flow.progress.escalate')}
          text={t('cases.flow.progress.escalateText')}
          fields={[reasonField(t)]}
          confirm={t('cases.flow.progress.escalateConfirm')}
          run={async (v) => {
            await escalateCase(c.id, x.version, v.reason ?? '');
            setOpen(null);
            await onChanged(t('cases.flow.progress.escalated'));
          }}
          handled={stale}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'resolve' && (
        <ActionForm
          id="case-resolve"
          heading={t('cases.flow.progress.resolve')}
          text={t('cases.flow.progress.resolveText')}
          fields={[
            {
              name: 'resolution',
              label: t('cases.flow.progress.resolution'),
              fieldName: t('cases.flow.progress.resolutionName'),
            },
          ]}
          confirm={t('cases.flow.progress.resolveConfirm')}
          run={async (v) => {
            await resolveEscalation(c.id, x.version, v.resolution ?? '');
            setOpen(null);
            // Art. 11.3d: the manager's access ends with the escalation; back to the overview.
            if (relationOf(c) === 'escalated-manager')
              navigate('/management', { state: { resolved: c.caseNumber } });
            else await onChanged(t('cases.flow.progress.resolved'));
          }}
          handled={stale}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}

function ReportForm({
  caseId,
  onChanged,
  onStale,
}: { caseId: string } & Pick<CaseSectionProps, 'onChanged' | 'onStale'>) {
  const { t } = useTranslation();
  const form = useFlowForm('progress', onStale);
  const [text, setText] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit(
      { text: !text.trim() && t('cases.flow.progress.errors.text') },
      ['text'],
      async () => {
        await reportProgress(caseId, text.trim());
      },
    );
    if (ok) {
      setText('');
      await onChanged(t('cases.flow.progress.reported'));
    }
  };
  return (
    <FlowFormFrame
      form={form}
      headingId="progress-form-heading"
      heading={t('cases.flow.progress.formHeading')}
      submitLabel={t('cases.flow.progress.send')}
      onSubmit={submit}
    >
      <TextAreaField
        id={form.idOf('text')}
        label={t('cases.flow.progress.text')}
        description={t('cases.flow.progress.textDescription')}
        required
        value={text}
        error={form.error('text')}
        onChange={(e) => setText(e.target.value)}
      />
    </FlowFormFrame>
  );
}
