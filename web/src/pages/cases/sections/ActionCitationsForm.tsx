/**
 * Changing what an action of the plan is based on (Art. 8.4b, 13.2, 16.2): the coordinator or the
 * procesregisseur picks from the items they may see whose provider allows their use in the plan.
 * Citations that are no longer usable are named and dropped on saving; citations of items the user
 * cannot see are not shown and stay as they are (the server keeps them). If-Match: the action's
 * version; a 412 reloads the case. Focus moves to the form's heading when it opens.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeActionCitations, type ExecutionAction } from '../../../api/caseFlowExecution';
import { useCitableItems } from '../../../api/informationItemCalls';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { CitationPicker } from './CitationPicker';
import { useFlowForm } from './flowForm';

interface Props {
  caseId: string;
  action: ExecutionAction;
  onDone: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
  onCancel: () => void;
}

export function ActionCitationsForm({ caseId, action: a, onDone, onStale, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFlowForm(`citations-${a.id}`, onStale);
  const query = useCitableItems(caseId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const usable = a.citations.filter((c) => c.usable);
  const dropped = a.citations.filter((c) => !c.usable);
  const [chosen, setChosen] = useState<string[]>(usable.map((c) => c.itemId));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({}, ['itemIds'], async () => {
      await changeActionCitations(caseId, a, chosen);
      await onDone(t('cases.flow.citations.changed'));
    });
  };
  const headingId = `citations-${a.id}-heading`;
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form ketenhuis-confirm"
      aria-labelledby={headingId}
    >
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1} className="ketenhuis-focus-heading">
        {t('cases.flow.citations.formHeading', { action: a.description })}
      </Heading>
      <Paragraph>{t('cases.flow.citations.intro')}</Paragraph>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <CitationPicker
        query={query}
        firstId={form.idOf('itemIds')}
        legend={t('cases.flow.citations.legend')}
        value={chosen}
        onChange={setChosen}
        error={form.error('itemIds')}
        current={usable}
      />
      {dropped.length > 0 && (
        <>
          <Paragraph>{t('cases.flow.citations.dropped')}</Paragraph>
          <ul>
            {dropped.map((c) => (
              <li key={c.itemId}>{c.title}</li>
            ))}
          </ul>
        </>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.citations.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.flow.common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
