/**
 * De-escalation (Art. 1.10, 8.4d): the criteria the conference set, the proposals with the
 * evaluation against them, and the two approvals it needs — the procesregisseur's and the case
 * coordinator's, two different people, each by name (issue 5). Proposing, approving and
 * withdrawing a proposal are offered exactly as the server's `permissions` allow; each sends
 * If-Match, and a 412 (the case or the proposal changed since the page was loaded) is said plainly
 * ("De casus is intussen gewijzigd; laad de pagina opnieuw.") with a button that reloads it.
 */
import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deescalate, type Proposal, useDeescalation } from '../../../api/caseFlowDeescalation';
import type { UserName } from '../../../api/caseFlowNames';
import { errorCode } from '../../../api/problem';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../i18n/format';
import { formatDate } from '../format';
import { TextAreaField } from '../TextAreaField';
import { ActionForm, reasonField } from './ActionForm';
import { FlowFormFrame } from './FlowFormFrame';
import { readsDeescalation, useCasePeople } from './flowData';
import { Row } from './flowFields';
import { useFlowForm } from './flowForm';
import type { CaseSectionProps } from './types';

export const showsDeescalation = (c: CaseSectionProps['value']) =>
  ['in_uitvoering', 'afgeschaald'].includes(c.status);

/** Whether an error is the server's 412: the case or the proposal changed since the page loaded. */
const isStale = (error: unknown) => errorCode(error) === 'precondition-failed';

export function DeescalationSection({ value: c, onChanged }: CaseSectionProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const query = useDeescalation(c.id, readsDeescalation(c, user?.id));
  const [open, setOpen] = useState<'approve' | 'cancel' | null>(null);
  const [stale, setStale] = useState(false);
  const staleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);
  /** A 412 closes the form and says so; nothing was recorded. Other errors are the form's. */
  const handled = (error: unknown) => {
    if (!isStale(error)) return false;
    setOpen(null);
    setStale(true);
    return true;
  };
  const reload = async () => {
    setStale(false);
    await onChanged(t('cases.flow.deescalation.reloaded'));
  };
  const d = query.data;
  if (!d || (d.proposals.length === 0 && !d.permissions.includes('propose'))) return null;
  const may = (a: string) => d.permissions.includes(a) && !stale;
  return (
    <section aria-labelledby="case-deescalation-heading">
      <Heading level={2} id="case-deescalation-heading">
        {t('cases.flow.deescalation.heading')}
      </Heading>
      {stale && (
        <Alert type="warning" role="alert" className="ketenhuis-notice">
          <Heading level={3} ref={staleRef} tabIndex={-1} className="ketenhuis-focus-heading">
            {t('cases.flow.deescalation.staleHeading')}
          </Heading>
          <Paragraph>{t('cases.flow.deescalation.stale')}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={() => void reload()}>
            {t('cases.flow.deescalation.reload')}
          </Button>
        </Alert>
      )}
      <Heading level={3}>{t('cases.flow.deescalation.criteria')}</Heading>
      <Paragraph className="ketenhuis-case-text">
        {d.criteria ?? t('cases.flow.deescalation.noCriteria')}
      </Paragraph>
      {[...d.proposals].reverse().map((p) => (
        <ProposalCard key={p.id} proposal={p} value={c} names={d.userNames} />
      ))}
      <ButtonGroup>
        {may('approve') && open !== 'approve' && (
          <Button type="button" appearance="primary-action-button" onClick={() => setOpen('approve')}>
            {t('cases.flow.deescalation.approve')}
          </Button>
        )}
        {may('cancel') && open !== 'cancel' && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen('cancel')}>
            {t('cases.flow.deescalation.cancel')}
          </Button>
        )}
      </ButtonGroup>
      {open === 'approve' && (
        <ActionForm
          id="deescalation-approve"
          heading={t('cases.flow.deescalation.approve')}
          text={t('cases.flow.deescalation.approveText')}
          fields={[]}
          confirm={t('cases.flow.deescalation.approveConfirm')}
          run={async () => {
            await deescalate(c.id, d.version, { action: 'approve-deescalation' });
            setOpen(null);
            await onChanged(t('cases.flow.deescalation.approved'));
          }}
          handled={handled}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'cancel' && (
        <ActionForm
          id="deescalation-cancel"
          heading={t('cases.flow.deescalation.cancel')}
          text={t('cases.flow.deescalation.cancelText')}
          fields={[reasonField(t)]}
          confirm={t('cases.flow.deescalation.cancelConfirm')}
          danger
          run={async (v) => {
            await deescalate(c.id, d.version, { action: 'cancel-deescalation', reason: v.reason ?? '' });
            setOpen(null);
            await onChanged(t('cases.flow.deescalation.cancelled'));
          }}
          handled={handled}
          onCancel={() => setOpen(null)}
        />
      )}
      {may('propose') && (
        <ProposeForm value={c} version={d.version} onChanged={onChanged} onStale={handled} />
      )}
    </section>
  );
}

function ProposalCard({
  proposal: p,
  value: c,
  names,
}: {
  proposal: Proposal;
  value: CaseSectionProps['value'];
  /** The proposer and approvers by name (issue 5). */
  names: readonly UserName[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { describeId } = useCasePeople(c, names);
  const approval = (a: Proposal['procesregisseurApproval']) =>
    a
      ? t('cases.flow.deescalation.approvedBy', {
          who: describeId(a.userId),
          at: formatDateTime(a.at, language),
        })
      : t('cases.flow.deescalation.awaiting');
  const headingId = `proposal-${p.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="ketenhuis-flow-card">
      <Heading level={3} id={headingId}>
        {t('cases.flow.deescalation.proposal', { at: formatDateTime(p.proposedAt, language) })} —{' '}
        {t(`cases.flow.deescalation.statuses.${p.status}`)}
      </Heading>
      <DataList className="ketenhuis-data-list">
        <Row label={t('cases.flow.deescalation.proposedBy')}>{describeId(p.proposedByUserId)}</Row>
        <Row label={t('cases.flow.deescalation.evaluation')}>
          <span className="ketenhuis-case-text">{p.evaluation}</span>
        </Row>
        <Row label={t('cases.flow.deescalation.regisseurApproval')}>
          {approval(p.procesregisseurApproval)}
        </Row>
        <Row label={t('cases.flow.deescalation.coordinatorApproval')}>{approval(p.coordinatorApproval)}</Row>
        {p.cancelReason && <Row label={t('cases.flow.deescalation.cancelReason')}>{p.cancelReason}</Row>}
        {p.retentionUntil && (
          <Row label={t('cases.flow.deescalation.retentionUntil')}>
            {formatDate(p.retentionUntil.slice(0, 10), language)}
          </Row>
        )}
      </DataList>
    </article>
  );
}

function ProposeForm({
  value: c,
  version,
  onChanged,
  onStale,
}: Pick<CaseSectionProps, 'value' | 'onChanged'> & {
  version: number;
  /** Takes a 412 (says so in the section); false for every other error. */
  onStale: (error: unknown) => boolean;
}) {
  const { t } = useTranslation();
  // The section handles a 412 itself (below), so the form's own stale handling is never reached.
  const form = useFlowForm('deescalation', async () => {});
  const [evaluation, setEvaluation] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(
      { evaluation: !evaluation.trim() && t('cases.flow.deescalation.errors.evaluation') },
      ['evaluation'],
      async () => {
        try {
          await deescalate(c.id, version, { action: 'propose-deescalation', evaluation: evaluation.trim() });
        } catch (error) {
          if (onStale(error)) return;
          throw error;
        }
        await onChanged(t('cases.flow.deescalation.proposed'));
      },
    );
  };
  return (
    <FlowFormFrame
      form={form}
      headingId="propose-heading"
      heading={t('cases.flow.deescalation.propose')}
      intro={t('cases.flow.deescalation.proposeIntro')}
      submitLabel={t('cases.flow.deescalation.proposeSubmit')}
      onSubmit={submit}
    >
      <TextAreaField
        id={form.idOf('evaluation')}
        label={t('cases.flow.deescalation.evaluation')}
        description={t('cases.flow.deescalation.evaluationDescription')}
        required
        value={evaluation}
        error={form.error('evaluation')}
        onChange={(e) => setEvaluation(e.target.value)}
      />
    </FlowFormFrame>
  );
}
