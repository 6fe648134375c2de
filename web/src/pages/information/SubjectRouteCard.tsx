/**
 * One party's part of a data-subject request (Art. 15.1, 16.2; Wgs): why it was routed there, its
 * decision with reasoning; for that party's professionals the decision form (sent with the route's
 * own version) and the export of what the party holds on the person and who processed it, as JSON
 * or as a Dutch PDF marked with the request's legal basis.
 */
import { Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  decideSubjectRoute,
  exportSubjectRoute,
  exportSubjectRoutePdf,
  ROUTE_DECISIONS,
  type RouteDecision,
  type SubjectRequest,
  type SubjectRoute,
} from '../../api/informationSubjectRequests';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { FormErrorSummary } from '../../layout/FormErrorSummary';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { Row } from '../cases/sections/flowFields';
import { useFlowForm } from '../cases/sections/flowForm';
import { TextAreaField } from '../cases/TextAreaField';
import { useItemChange } from './useItemChange';

interface Props {
  request: SubjectRequest;
  route: SubjectRoute;
  onDone: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
}

export function SubjectRouteCard({ request: r, route, onDone, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const prefix = `route-${route.partyId}`;
  const form = useFlowForm(prefix, onStale);
  const exporting = useItemChange(onDone);
  const [format, setFormat] = useState<'json' | 'pdf'>('json');
  const download = (f: 'json' | 'pdf') => {
    setFormat(f);
    void exporting.run(
      () => (f === 'pdf' ? exportSubjectRoutePdf(r, route.partyId) : exportSubjectRoute(r, route.partyId)),
      t('cases.information.subject.export.done'),
    );
  };
  const [choice, setChoice] = useState<RouteDecision | ''>('');
  const [reasoning, setReasoning] = useState('');
  const headingId = `${prefix}-heading`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checks = {
      decision: !choice && t('cases.information.subject.decide.errors.choice'),
      reasoning: !reasoning.trim() && t('cases.information.subject.decide.errors.reasoning'),
    };
    const ok = await form.submit(checks, ['decision', 'reasoning'], async () => {
      await decideSubjectRoute(r.id, route, choice || 'refused', reasoning.trim());
    });
    if (ok) await onDone(t('cases.information.subject.decide.done'));
  };

  return (
    <article aria-labelledby={headingId} className="ketenhuis-item-card">
      <Heading level={3} id={headingId}>
        {route.partyName}
      </Heading>
      <DataList className="ketenhuis-data-list">
        <Row label={t('cases.information.subject.detail.grounds')}>
          {route.grounds.map((g) => t(`cases.information.subject.detail.groundsValues.${g}`)).join(', ')}
        </Row>
        <Row label={t('cases.information.subject.detail.decision')}>
          <strong>{t(`cases.information.subject.detail.decisionValues.${route.decision}`)}</strong>
          {route.decidedAt && ` (${formatDateTime(route.decidedAt, i18n.resolvedLanguage)})`}
        </Row>
        {route.reasoning && (
          <Row label={t('cases.information.subject.detail.reasoning')}>
            <span className="ketenhuis-case-text">{route.reasoning}</span>
          </Row>
        )}
      </DataList>
      {route.mayExport && (
        <>
          <Paragraph>{t('cases.information.subject.export.text')}</Paragraph>
          {exporting.error !== null && (
            <ErrorAlert
              heading={t('cases.information.subject.export.errorHeading')}
              error={exporting.error}
            />
          )}
          <ButtonGroup>
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={exporting.busy && format === 'json'}
              onClick={() => download('json')}
            >
              {t('cases.information.subject.export.button', { party: route.partyName })}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={exporting.busy && format === 'pdf'}
              onClick={() => download('pdf')}
            >
              {t('cases.information.subject.export.buttonPdf', { party: route.partyName })}
            </Button>
          </ButtonGroup>
        </>
      )}
      {route.mayDecide && (
        <form
          noValidate
          onSubmit={(e) => void submit(e)}
          className="ketenhuis-form"
          aria-labelledby={`${prefix}-form`}
        >
          <Heading level={4} id={`${prefix}-form`}>
            {t('cases.information.subject.decide.heading', { party: route.partyName })}
          </Heading>
          <FormErrorSummary
            heading={t('cases.information.subject.decide.errorHeading')}
            headingLevel={3}
            errors={form.summary}
            footnote={form.reference}
          />
          <ChoiceGroup
            type="radio"
            legend={t('cases.information.subject.decide.choice')}
            firstId={form.idOf('decision')}
            error={form.error('decision')}
            options={ROUTE_DECISIONS.map((d) => ({
              value: d,
              label: t(`cases.information.subject.detail.decisionValues.${d}`),
            }))}
            value={choice ? [choice] : []}
            onChange={([v]) => setChoice(ROUTE_DECISIONS.find((d) => d === v) ?? '')}
          />
          <TextAreaField
            id={form.idOf('reasoning')}
            label={t('cases.information.subject.decide.reasoning')}
            required
            value={reasoning}
            error={form.error('reasoning')}
            onChange={(e) => setReasoning(e.target.value)}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('cases.information.subject.decide.submit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </article>
  );
}
