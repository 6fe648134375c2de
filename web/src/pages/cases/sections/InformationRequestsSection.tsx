/**
 * The bevragingen of a case (Art. 1.8, 12.2b, 1.14): which parties were asked what, by when, and
 * whether and when they answered. What they answered (involved or not, the text) is the answering
 * party's information item: shown, with a link to that item, only when the server sends it — when
 * the caller may see the item now (Art. 16.2; backlog 18). Only the procesregisseur and the
 * informatiecentrum read them; while the case is in triage they send new requests (to parties the
 * case's protocol admits) and cancel open ones with a reason. An open request past its deadline is
 * marked in words, not by colour alone.
 */
import { Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseRequest, cancelRequest, sendRequest, useCaseRequests } from '../../../api/caseFlowTriage';
import { can } from '../../../api/cases';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { RouterLink } from '../../../layout/RouterLink';
import { TextField } from '../../../layout/TextField';
import { formatDate, todayLocal } from '../format';
import { AnswerRows } from '../requests/AnswerRows';
import { TextAreaField } from '../TextAreaField';
import { ActionForm } from './ActionForm';
import { readsRequests, useAdmittedParties, usePartyNames } from './flowData';
import { OverdueMark, Row, SelectField } from './flowFields';
import { useFlowForm, useStaleHandler } from './flowForm';
import type { CaseSectionProps } from './types';

export const showsRequests = readsRequests;

export function InformationRequestsSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const query = useCaseRequests(c.id, true);
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="case-requests-heading">
      <Heading level={2} id="case-requests-heading">
        {t('cases.flow.requests.heading')}
      </Heading>
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.flow.requests.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {query.isSuccess && items.length === 0 && <Paragraph>{t('cases.flow.requests.empty')}</Paragraph>}
      {items.map((r) => (
        <RequestCard
          key={r.id}
          request={r}
          caseId={c.id}
          mayCancel={can(c, 'request-information')}
          onChanged={onChanged}
          onStale={onStale}
        />
      ))}
      {can(c, 'request-information') && <RequestForm value={c} onChanged={onChanged} onStale={onStale} />}
    </section>
  );
}

interface CardProps {
  request: CaseRequest;
  caseId: string;
  mayCancel: boolean;
  onChanged: CaseSectionProps['onChanged'];
  onStale: CaseSectionProps['onStale'];
}

function RequestCard({ request: r, caseId, mayCancel, onChanged, onStale }: CardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const partyName = usePartyNames();
  const [cancelling, setCancelling] = useState(false);
  const stale = useStaleHandler(onStale, () => setCancelling(false));
  const headingId = `request-${r.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="ketenhuis-flow-card">
      <Heading level={3} id={headingId}>
        {t('cases.flow.requests.to', { party: partyName(r.partyId) })}
      </Heading>
      <DataList className="ketenhuis-data-list">
        <Row label={t('cases.flow.requests.question')}>
          <span className="ketenhuis-case-text">{r.question}</span>
        </Row>
        <Row label={t('cases.flow.requests.deadline')}>
          {formatDate(r.deadline, language)}
          {r.overdue && <OverdueMark />}
        </Row>
        <Row label={t('cases.flow.requests.status')}>{t(`cases.flow.requests.statuses.${r.status}`)}</Row>
        {r.answer && <AnswerRows answer={r.answer} />}
      </DataList>
      {r.answer?.content && (
        <Paragraph>
          <RouterLink to={`/casussen/${caseId}/informatie/${r.answer.content.itemId}`}>
            {t('cases.flow.requests.openItem')}
          </RouterLink>
        </Paragraph>
      )}
      {mayCancel && r.status === 'open' && !cancelling && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => setCancelling(true)}>
            {t('cases.flow.requests.cancel')}
          </Button>
        </ButtonGroup>
      )}
      {cancelling && (
        <ActionForm
          id={`request-${r.id}-cancel`}
          heading={t('cases.flow.requests.cancelHeading', { party: partyName(r.partyId) })}
          text={t('cases.flow.requests.cancelText')}
          fields={[
            {
              name: 'reason',
              label: t('cases.flow.common.reason'),
              fieldName: t('cases.flow.common.reasonName'),
            },
          ]}
          confirm={t('cases.flow.requests.cancelConfirm')}
          danger
          run={async (v) => {
            await cancelRequest(caseId, r, v.reason ?? '');
            setCancelling(false);
            await onChanged(t('cases.flow.requests.cancelled'));
          }}
          handled={stale}
          onCancel={() => setCancelling(false)}
        />
      )}
    </article>
  );
}

const FIELDS = ['partyId', 'question', 'deadline'] as const;

function RequestForm({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const form = useFlowForm('request', onStale);
  const admitted = useAdmittedParties(c);
  const [partyId, setPartyId] = useState('');
  const [question, setQuestion] = useState('');
  const [deadline, setDeadline] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checks = {
      partyId: !partyId && t('cases.flow.requests.errors.party'),
      question: !question.trim() && t('cases.flow.requests.errors.question'),
      deadline: !deadline
        ? t('cases.flow.requests.errors.deadline')
        : deadline < todayLocal() && t('cases.flow.requests.errors.deadlinePast'),
    };
    const ok = await form.submit(checks, FIELDS, async () => {
      await sendRequest(c.id, { partyId, question: question.trim(), deadline });
    });
    if (ok) {
      setPartyId('');
      setQuestion('');
      setDeadline('');
      await onChanged(t('cases.flow.requests.sent'));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form"
      aria-labelledby="request-form-heading"
    >
      <Heading level={3} id="request-form-heading">
        {t('cases.flow.requests.formHeading')}
      </Heading>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <SelectField
        id={form.idOf('partyId')}
        label={t('cases.flow.requests.party')}
        description={t('cases.flow.requests.partyDescription')}
        error={form.error('partyId')}
        value={partyId}
        placeholder={t('cases.flow.common.choose')}
        options={admitted.parties.map((p) => ({ value: p.id, label: p.name }))}
        onChange={setPartyId}
      />
      <TextAreaField
        id={form.idOf('question')}
        label={t('cases.flow.requests.question')}
        description={t('cases.flow.requests.questionDescription')}
        required
        value={question}
        error={form.error('question')}
        onChange={(e) => setQuestion(e.target.value)}
      />
      <TextField
        id={form.idOf('deadline')}
        label={t('cases.flow.requests.deadline')}
        type="date"
        required
        value={deadline}
        error={form.error('deadline')}
        onChange={(e) => setDeadline(e.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.requests.send')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
