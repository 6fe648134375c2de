/**
 * The scrub after de-escalation (Art. 1.10; AVG art. 5.1c): the procesregisseur goes through the
 * dossier item by item and removes what is no longer necessary or keeps it with a reason. Sending
 * the decisions closes the case with its retention date; the retention engine removes it later.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  elementKey,
  type ScrubChoice,
  scrubAndClose,
  scrubDecisions,
  useDeescalation,
  useScrub,
} from '../../../api/caseFlowDeescalation';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { ChoiceGroup } from '../ChoiceGroup';
import { formatDate } from '../format';
import { TextAreaField } from '../TextAreaField';
import { relationOf } from './flowData';
import { useFlowForm } from './flowForm';
import type { CaseSectionProps } from './types';

export const showsScrub = (c: CaseSectionProps['value']) => c.status === 'afgeschaald';

export function ScrubSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  // Art. 1.10: the scrub is the assigned procesregisseur's.
  const deescalation = useDeescalation(c.id, relationOf(c) === 'assigned');
  const mayScrub = deescalation.data?.permissions.includes('scrub') ?? false;
  const query = useScrub(c.id, mayScrub);
  const form = useFlowForm('scrub', onStale);
  const [choices, setChoices] = useState<Record<string, ScrubChoice>>({});
  if (!mayScrub) return null;
  const elements = query.data?.elements ?? [];
  const choiceOf = (key: string): ScrubChoice => choices[key] ?? { decision: null, reason: '' };
  const setChoice = (key: string, change: Partial<ScrubChoice>) =>
    setChoices((all) => ({ ...all, [key]: { ...choiceOf(key), ...change } }));
  const fields = elements.flatMap((_, i) => [`elements.${i}.decision`, `elements.${i}.reason`]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = scrubDecisions(elements, choices);
    const checks: Record<string, string | false> = {};
    if (!result.ok)
      elements.forEach((e, i) => {
        const missing = result.missing[elementKey(e)];
        if (missing === 'decision')
          checks[`elements.${i}.decision`] = t('cases.flow.scrub.errors.decision', { item: e.label });
        if (missing === 'reason')
          checks[`elements.${i}.reason`] = t('cases.flow.scrub.errors.reason', { item: e.label });
      });
    await form.submit(checks, fields, async () => {
      if (!result.ok || !query.data) return;
      const closed = await scrubAndClose(c.id, query.data.version, result.decisions);
      await onChanged(
        t('cases.flow.scrub.done', {
          removed: closed.removed,
          kept: closed.kept,
          date: formatDate(closed.retentionUntil.slice(0, 10), i18n.resolvedLanguage),
        }),
      );
    });
  };

  return (
    <section aria-labelledby="case-scrub-heading">
      <Heading level={2} id="case-scrub-heading">
        {t('cases.flow.scrub.heading')}
      </Heading>
      <Paragraph>{t('cases.flow.scrub.intro')}</Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.flow.scrub.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {query.isSuccess && (
        <form
          noValidate
          onSubmit={(e) => void submit(e)}
          className="ketenhuis-form"
          aria-labelledby="case-scrub-heading"
        >
          <FormErrorSummary
            heading={t('cases.flow.common.errorHeading')}
            headingLevel={3}
            errors={form.summary}
            footnote={form.reference}
          />
          <ButtonGroup>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() =>
                setChoices((all) =>
                  Object.fromEntries(
                    elements.map((e) => {
                      const key = elementKey(e);
                      return [
                        key,
                        all[key]?.decision ? (all[key] as ScrubChoice) : { decision: 'remove', reason: '' },
                      ];
                    }),
                  ),
                )
              }
            >
              {t('cases.flow.scrub.removeRest')}
            </Button>
          </ButtonGroup>
          {elements.map((e, i) => {
            const key = elementKey(e);
            const choice = choiceOf(key);
            return (
              <div key={key} className="ketenhuis-flow-fieldset">
                <ChoiceGroup
                  type="radio"
                  legend={t('cases.flow.scrub.item', {
                    type: t(`cases.flow.scrub.types.${e.type}`, { defaultValue: e.type }),
                    label: e.label,
                  })}
                  description={e.preview ?? undefined}
                  firstId={form.idOf(`elements.${i}.decision`)}
                  error={form.error(`elements.${i}.decision`)}
                  options={[
                    { value: 'remove', label: t('cases.flow.scrub.remove') },
                    { value: 'keep', label: t('cases.flow.scrub.keep') },
                  ]}
                  value={choice.decision ? [choice.decision] : []}
                  onChange={(v) => setChoice(key, { decision: v[0] === 'keep' ? 'keep' : 'remove' })}
                />
                {choice.decision === 'keep' && (
                  <TextAreaField
                    id={form.idOf(`elements.${i}.reason`)}
                    label={t('cases.flow.scrub.reason', { label: e.label })}
                    required
                    rows={2}
                    value={choice.reason}
                    error={form.error(`elements.${i}.reason`)}
                    onChange={(ev) => setChoice(key, { reason: ev.target.value })}
                  />
                )}
              </div>
            );
          })}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('cases.flow.scrub.submit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
