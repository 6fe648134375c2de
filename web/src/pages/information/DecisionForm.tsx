/**
 * The controller's written decision on disclosing one item (Art. 9.2): consent or refusal with a
 * reasoning. The server wants a recent re-authentication for it (a deliberate, personal act):
 * the call runs inside withReauth, which asks for the password when the server says so and then
 * retries; cancelling that dialog leaves the form as it was, without an error.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Disclosure, type DisclosureItem, decideDisclosureItem } from '../../api/informationDisclosures';
import { ReauthCancelled, useReauth } from '../../auth/reauth';
import { FormErrorSummary } from '../../layout/FormErrorSummary';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { usePartyNames } from '../cases/sections/flowData';
import { useFlowForm } from '../cases/sections/flowForm';
import { TextAreaField } from '../cases/TextAreaField';
import { RegimeBadge } from './ItemBadges';

interface Props {
  disclosure: Disclosure;
  item: DisclosureItem;
  onDone: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
  onCancel: () => void;
}

export function DecisionForm({ disclosure: d, item, onDone, onStale, onCancel }: Props) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const partyName = usePartyNames();
  const prefix = `decide-${item.itemId}`;
  const form = useFlowForm(prefix, onStale);
  const [choice, setChoice] = useState<'approved' | 'refused' | ''>('');
  const [reasoning, setReasoning] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checks = {
      decision: !choice && t('cases.information.disclosure.decide.errors.choice'),
      reasoning: !reasoning.trim() && t('cases.information.disclosure.decide.errors.reasoning'),
    };
    const result = { cancelled: false };
    const ok = await form.submit(checks, ['decision', 'reasoning'], async () => {
      try {
        await withReauth(() => decideDisclosureItem(d, item.itemId, choice || 'refused', reasoning.trim()));
      } catch (error) {
        if (!(error instanceof ReauthCancelled)) throw error;
        result.cancelled = true;
      }
    });
    if (ok && !result.cancelled) await onDone(t('cases.information.disclosure.decide.done'));
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form ketenhuis-confirm"
      aria-labelledby={`${prefix}-heading`}
    >
      <Heading level={3} id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {t('cases.information.disclosure.decide.heading', { title: item.title })}
      </Heading>
      <Paragraph>
        {t('cases.information.disclosure.decide.text', {
          party: partyName(item.controllerPartyId),
          recipient: d.recipient,
        })}
      </Paragraph>
      {/* Art. 9.2, 15.2: the decider knows which law governs the item. */}
      <Paragraph>
        {t('cases.information.disclosure.page.regime')}: <RegimeBadge regime={item.regime} />
      </Paragraph>
      <FormErrorSummary
        heading={t('cases.information.disclosure.decide.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <ChoiceGroup
        type="radio"
        legend={t('cases.information.disclosure.decide.choice')}
        firstId={form.idOf('decision')}
        error={form.error('decision')}
        options={[
          { value: 'approved', label: t('cases.information.disclosure.decide.approve') },
          { value: 'refused', label: t('cases.information.disclosure.decide.refuse') },
        ]}
        value={choice ? [choice] : []}
        onChange={([v]) => setChoice(v === 'approved' || v === 'refused' ? v : '')}
      />
      <TextAreaField
        id={form.idOf('reasoning')}
        label={t('cases.information.disclosure.decide.reasoning')}
        description={t('cases.information.disclosure.decide.reasoningDescription')}
        required
        value={reasoning}
        error={form.error('reasoning')}
        onChange={(e) => setReasoning(e.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.information.disclosure.decide.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.information.disclosure.decide.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
