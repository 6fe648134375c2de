/**
 * One bevraging to the professional's party, and its answer (Art. 1.8): the case number, the
 * question, the deadline, and — while it is open — the names and dates of birth of the persons, so
 * that the party can look them up in its own records. The answer: involved or not, a summary, and
 * optionally information, and the legal regime of that information (Art. 15.2: ordinary, health,
 * police or judicial data), chosen explicitly; it becomes the party's information item under that
 * regime (Art. 16.2), so afterwards its
 * content shows here only when the server sends it — to whoever may see that item, such as the
 * professional who answered — and otherwise the page says only that and when it was answered.
 * Sent with If-Match; a 412 reloads the request and says why.
 */

import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerRequest, type PartyRequest, REQUESTS_KEY, usePartyRequest } from '../../../api/caseFlowTriage';
import type { Regime } from '../../../api/informationItems';
import { ApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { LiveStatus } from '../../../layout/LiveStatus';
import { PageHeading } from '../../../layout/PageHeading';
import { RouterLink } from '../../../layout/RouterLink';
import { ChoiceGroup } from '../ChoiceGroup';
import { formatDate } from '../format';
import { OverdueMark, Row } from '../sections/flowFields';
import { useFlowForm } from '../sections/flowForm';
import { TextAreaField } from '../TextAreaField';
import { AnswerRows } from './AnswerRows';
import '../cases.css';
import { RegimeChoice } from '../../information/RegimeChoice';

export function RequestAnswerPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = usePartyRequest(id);
  const [status, setStatus] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const r = query.data?.value;
  const language = i18n.resolvedLanguage;
  const notFound = query.error instanceof ApiError && query.error.status === 404;

  const onStale = async () => {
    await query.refetch();
    setStale(true);
  };
  const onAnswered = async () => {
    setStale(false);
    await queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
    await queryClient.invalidateQueries({ queryKey: ['cases', 'worklist'] });
    setStatus(t('cases.flow.answer.done'));
  };

  return (
    <>
      <PageHeading
        title={
          r ? t('cases.flow.answer.title', { number: r.caseNumber }) : t('cases.flow.answer.loadingTitle')
        }
      />
      <Paragraph>
        <RouterLink to="/bevragingen">{t('cases.flow.answer.back')}</RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {notFound && <Paragraph>{t('cases.flow.answer.notFound')}</Paragraph>}
      {query.isError && !notFound && !r && (
        <ErrorAlert
          heading={t('cases.flow.answer.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      <LiveStatus message={status} />
      {stale && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('cases.flow.common.stale')}</Paragraph>
        </Alert>
      )}
      {r && (
        <>
          <DataList className="ketenhuis-data-list">
            <Row label={t('cases.flow.requests.question')}>
              <span className="ketenhuis-case-text">{r.question}</span>
            </Row>
            <Row label={t('cases.flow.requests.deadline')}>
              {formatDate(r.deadline, language)}
              {r.overdue && <OverdueMark />}
            </Row>
            <Row label={t('cases.flow.requests.status')}>{t(`cases.flow.requests.statuses.${r.status}`)}</Row>
          </DataList>
          {r.persons && (
            <>
              <Heading level={2}>{t('cases.flow.answer.persons')}</Heading>
              <ul>
                {r.persons.map((p) => (
                  <li key={`${p.name}:${p.birthDate}`}>
                    {t('cases.flow.answer.person', {
                      name: p.name,
                      birthDate: formatDate(p.birthDate, language),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.answer && (
            <>
              <Heading level={2}>{t('cases.flow.answer.yourAnswer')}</Heading>
              <DataList className="ketenhuis-data-list">
                <AnswerRows answer={r.answer} />
              </DataList>
            </>
          )}
          {r.permissions.includes('answer') && (
            <AnswerForm key={r.version} request={r} onAnswered={onAnswered} onStale={onStale} />
          )}
        </>
      )}
    </>
  );
}

const FIELDS = ['involved', 'summary', 'information', 'regime'] as const;

function AnswerForm({
  request: r,
  onAnswered,
  onStale,
}: {
  request: PartyRequest;
  onAnswered: () => Promise<void>;
  onStale: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useFlowForm('answer', onStale);
  const [involved, setInvolved] = useState<'yes' | 'no' | null>(null);
  const [summary, setSummary] = useState('');
  const [information, setInformation] = useState('');
  // Art. 15.2: no preselected regime — the professional chooses, as in the information item form.
  const [regime, setRegime] = useState<Regime | ''>('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checks = {
      involved: !involved && t('cases.flow.answer.errors.involved'),
      summary: !summary.trim() && t('cases.flow.answer.errors.summary'),
      regime: !regime && t('cases.information.form.errors.regime'),
    };
    const ok = await form.submit(checks, FIELDS, async () => {
      await answerRequest(r, {
        involved: involved === 'yes',
        summary: summary.trim(),
        information: information.trim() || null,
        regime: regime || 'gewoon',
      });
    });
    if (ok) await onAnswered();
  };
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form"
      aria-labelledby="answer-heading"
    >
      <Heading level={2} id="answer-heading">
        {t('cases.flow.answer.heading')}
      </Heading>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        errors={form.summary}
        footnote={form.reference}
      />
      <ChoiceGroup
        type="radio"
        legend={t('cases.flow.answer.involved')}
        firstId={form.idOf('involved')}
        error={form.error('involved')}
        options={[
          { value: 'yes', label: t('cases.flow.answer.yes') },
          { value: 'no', label: t('cases.flow.answer.no') },
        ]}
        value={involved ? [involved] : []}
        onChange={(v) => setInvolved(v[0] === 'yes' ? 'yes' : 'no')}
      />
      <TextAreaField
        id={form.idOf('summary')}
        label={t('cases.flow.answer.summary')}
        description={t('cases.flow.answer.summaryDescription')}
        required
        value={summary}
        error={form.error('summary')}
        onChange={(e) => setSummary(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('information')}
        label={t('cases.flow.answer.information')}
        description={t('cases.flow.answer.informationDescription')}
        value={information}
        error={form.error('information')}
        onChange={(e) => setInformation(e.target.value)}
      />
      <RegimeChoice
        firstId={form.idOf('regime')}
        error={form.error('regime')}
        value={regime}
        onChange={setRegime}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.answer.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
