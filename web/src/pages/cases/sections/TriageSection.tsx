/**
 * The triage's outcome (Art. 1.8, 12.2b, 12.2d): the route (case conference, advice only, referral
 * elsewhere), the goal, the themes, the parties to involve and, without a conference, the advice
 * for the registering party. The procesregisseur records it here when the server allows
 * (`decide-triage`); everyone who sees the case reads the recorded outcome.
 */
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideTriage, splitList, TRIAGE_ROUTES, type TriageRoute } from '../../../api/caseFlowTriage';
import { can } from '../../../api/cases';
import { formatDateTime } from '../../../i18n/format';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { ChoiceGroup } from '../ChoiceGroup';
import { TextAreaField } from '../TextAreaField';
import { outcomeOf, TRIAGE_ON, useAdmittedParties, usePartyNames } from './flowData';
import { useFlowForm } from './flowForm';
import type { CaseSectionProps } from './types';

const FIELDS = ['route', 'goal', 'themes', 'partyIds', 'advice'] as const;

export const showsTriage = (c: CaseSectionProps['value']) =>
  TRIAGE_ON.includes(c.status) && (can(c, 'decide-triage') || outcomeOf(c) !== null);

export function TriageSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const partyName = usePartyNames();
  const outcome = outcomeOf(c);
  const item = (key: string, label: string, content: ReactNode) => (
    <DataListItem key={key}>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{content}</DataListValue>
    </DataListItem>
  );
  return (
    <section aria-labelledby="case-triage-heading">
      <Heading level={2} id="case-triage-heading">
        {t('cases.flow.triage.heading')}
      </Heading>
      {outcome && (
        <DataList className="ketenhuis-data-list">
          {item('route', t('cases.flow.triage.route'), t(`cases.flow.triage.routes.${outcome.route}`))}
          {item(
            'goal',
            t('cases.flow.triage.goal'),
            <span className="ketenhuis-case-text">{outcome.goal}</span>,
          )}
          {item(
            'themes',
            t('cases.flow.triage.themes'),
            outcome.themes.length ? outcome.themes.join(', ') : t('cases.flow.common.none'),
          )}
          {item(
            'parties',
            t('cases.flow.triage.parties'),
            outcome.partyIds.length
              ? outcome.partyIds.map(partyName).join(', ')
              : t('cases.flow.common.none'),
          )}
          {outcome.advice &&
            item(
              'advice',
              t('cases.flow.triage.advice'),
              <span className="ketenhuis-case-text">{outcome.advice}</span>,
            )}
          {item(
            'at',
            t('cases.flow.triage.decidedAt'),
            formatDateTime(outcome.decidedAt, i18n.resolvedLanguage),
          )}
        </DataList>
      )}
      {!outcome && !can(c, 'decide-triage') && <Paragraph>{t('cases.flow.triage.pending')}</Paragraph>}
      {can(c, 'decide-triage') && <TriageForm value={c} onChanged={onChanged} onStale={onStale} />}
    </section>
  );
}

function TriageForm({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const form = useFlowForm('triage', onStale);
  const admitted = useAdmittedParties(c);
  const [route, setRoute] = useState<TriageRoute | null>(null);
  const [goal, setGoal] = useState('');
  const [themes, setThemes] = useState('');
  const [partyIds, setPartyIds] = useState<string[]>([]);
  const [advice, setAdvice] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checks = {
      route: !route && t('cases.flow.triage.errors.route'),
      goal: !goal.trim() && t('cases.flow.triage.errors.goal'),
      partyIds: route === 'conference' && partyIds.length === 0 && t('cases.flow.triage.errors.parties'),
      advice:
        route !== null && route !== 'conference' && !advice.trim() && t('cases.flow.triage.errors.advice'),
    };
    await form.submit(checks, FIELDS, async () => {
      await decideTriage(c.id, c.version, {
        route: route ?? 'conference',
        goal: goal.trim(),
        themes: splitList(themes),
        partyIds,
        advice: advice.trim() || null,
      });
      await onChanged(t('cases.flow.triage.done'));
    });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form"
      aria-labelledby="triage-form-heading"
    >
      <Heading level={3} id="triage-form-heading">
        {t('cases.flow.triage.formHeading')}
      </Heading>
      <Paragraph>{t('cases.flow.triage.formIntro')}</Paragraph>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <ChoiceGroup
        type="radio"
        legend={t('cases.flow.triage.route')}
        firstId={form.idOf('route')}
        error={form.error('route')}
        options={TRIAGE_ROUTES.map((r) => ({
          value: r,
          label: t(`cases.flow.triage.routes.${r}`),
          description: t(`cases.flow.triage.routeDescriptions.${r}`),
        }))}
        value={route ? [route] : []}
        onChange={(v) => setRoute((v[0] as TriageRoute | undefined) ?? null)}
      />
      <TextAreaField
        id={form.idOf('goal')}
        label={t('cases.flow.triage.goal')}
        description={t('cases.flow.triage.goalDescription')}
        required
        value={goal}
        error={form.error('goal')}
        onChange={(e) => setGoal(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('themes')}
        label={t('cases.flow.triage.themes')}
        description={t('cases.flow.common.listDescription')}
        rows={2}
        value={themes}
        error={form.error('themes')}
        onChange={(e) => setThemes(e.target.value)}
      />
      <ChoiceGroup
        type="checkbox"
        legend={t('cases.flow.triage.parties')}
        description={t('cases.flow.triage.partiesDescription')}
        firstId={form.idOf('partyIds')}
        error={form.error('partyIds')}
        columns
        options={admitted.parties.map((p) => ({ value: p.id, label: p.name }))}
        value={partyIds}
        onChange={setPartyIds}
      />
      {route !== null && route !== 'conference' && (
        <TextAreaField
          id={form.idOf('advice')}
          label={t('cases.flow.triage.advice')}
          description={t('cases.flow.triage.adviceDescription')}
          required
          value={advice}
          error={form.error('advice')}
          onChange={(e) => setAdvice(e.target.value)}
        />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.triage.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
