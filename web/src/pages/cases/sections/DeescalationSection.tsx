/**
 * De-escalation (Art. 1.10, 8.4d): the criteria the conference set, the proposals with the
 * evaluation against them, and the two approvals it needs — the procesregisseur's and the case
 * coordinator's, two different people. Proposing, approving and withdrawing a proposal are offered
 * exactly as the server's `permissions` allow.
 */
import { Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deescalate, type Proposal, useDeescalation } from '../../../api/caseFlowDeescalation';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../i18n/format';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { formatDate } from '../format';
import { TextAreaField } from '../TextAreaField';
import { ActionForm } from './ActionForm';
import { readsDeescalation, useCasePeople } from './flowData';
import { Row } from './flowFields';
import { useFlowForm, useStaleHandler } from './flowForm';
import type { CaseSectionProps } from './types';

export const showsDeescalation = (c: CaseSectionProps['value']) =>
  ['in_uitvoering', 'afgeschaald'].includes(c.status);

export function DeescalationSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const query = useDeescalation(c.id, readsDeescalation(c, user?.id));
  const [open, setOpen] = useState<'approve' | 'cancel' | null>(null);
  const stale = useStaleHandler(onStale, () => setOpen(null));
  const d = query.data;
  if (!d || (d.proposals.length === 0 && !d.permissions.includes('propose'))) return null;
  const may = (a: string) => d.permissions.includes(a);
  return (
    <section aria-labelledby="case-deescalation-heading">
      <Heading level={2} id="case-deescalation-heading">
        {t('cases.flow.deescalation.heading')}
      </Heading>
      <Heading level={3}>{t('cases.flow.deescalation.criteria')}</Heading>
      <Paragraph className="ketenhuis-case-text">
        {d.criteria ?? t('cases.flow.deescalation.noCriteria')}
      </Paragraph>
      {[...d.proposals].reverse().map((p) => (
        <ProposalCard key={p.id} proposal={p} value={c} />
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
          handled={stale}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'cancel' && (
        <ActionForm
          id="deescalation-cancel"
          heading={t('cases.flow.deescalation.cancel')}
          text={t('cases.flow.deescalation.cancelText')}
          fields={[
            {
              name: 'reason',
              label: t('cases.flow.common.reason'),
              fieldName: t('cases.flow.common.reasonName'),
            },
          ]}
          confirm={t('cases.flow.deescalation.cancelConfirm')}
          danger
          run={async (v) => {
            await deescalate(c.id, d.version, { action: 'cancel-deescalation', reason: v.reason ?? '' });
            setOpen(null);
            await onChanged(t('cases.flow.deescalation.cancelled'));
          }}
          handled={stale}
          onCancel={() => setOpen(null)}
        />
      )}
      {may('propose') && (
        <ProposeForm value={c} version={d.version} onChanged={onChanged} onStale={onStale} />
      )}
    </section>
  );
}

function ProposalCard({ proposal: p, value: c }: { proposal: Proposal; value: CaseSectionProps['value'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { describeId } = useCasePeople(c);
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

function ProposeForm({ value: c, version, onChanged, onStale }: CaseSectionProps & { version: number }) {
  const { t } = useTranslation();
  const form = useFlowForm('deescalation', onStale);
  const [evaluation, setEvaluation] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(
      { evaluation: !evaluation.trim() && t('cases.flow.deescalation.errors.evaluation') },
      ['evaluation'],
      async () => {
        await deescalate(c.id, version, { action: 'propose-deescalation', evaluation: evaluation.trim() });
        await onChanged(t('cases.flow.deescalation.proposed'));
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form"
      aria-labelledby="propose-heading"
    >
      <Heading level={3} id="propose-heading">
        {t('cases.flow.deescalation.propose')}
      </Heading>
      <Paragraph>{t('cases.flow.deescalation.proposeIntro')}</Paragraph>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <TextAreaField
        id={form.idOf('evaluation')}
        label={t('cases.flow.deescalation.evaluation')}
        description={t('cases.flow.deescalation.evaluationDescription')}
        required
        value={evaluation}
        error={form.error('evaluation')}
        onChange={(e) => setEvaluation(e.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.deescalation.proposeSubmit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
