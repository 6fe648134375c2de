/**
 * The provider changes its item's conditions (Art. 16.2): visibility, named parties, use in the
 * action plan, expiry and, if it was wrong, the legal regime; effective at once. Sent with the
 * item's version (If-Match); a 412 reloads the item and says someone changed it meanwhile.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeConditions } from '../../api/informationItemCalls';
import { type ItemSummary, REGIMES, type Regime } from '../../api/informationItems';
import { useAuth } from '../../auth/AuthProvider';
import { FormErrorSummary } from '../../layout/FormErrorSummary';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { todayLocal } from '../cases/format';
import { useFlowForm } from '../cases/sections/flowForm';
import { ConditionsFields } from './ConditionsFields';
import { conditionProblems, conditionsOfItem, toConditionsInput } from './conditions';

const FIELDS = ['visibility', 'namedPartyIds', 'expiresAt', 'regime'];

interface Props {
  item: Omit<ItemSummary, 'attachmentCount'>;
  onSaved: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
  onCancel: () => void;
  level?: 3 | 4;
}

export function ConditionsForm({ item, onSaved, onStale, onCancel, level = 4 }: Props) {
  const { t } = useTranslation();
  const prefix = `conditions-${item.id}`;
  const form = useFlowForm(prefix, onStale);
  const [value, setValue] = useState(() => conditionsOfItem(item));
  const [regime, setRegime] = useState<Regime>(item.regime);
  // Art. 15.2: a correction offers only the regimes the provider may provide, and the current one.
  const providable = useAuth().user?.providableRegimes ?? [];
  const regimes = REGIMES.filter((r) => r === item.regime || providable.includes(r));
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const p = conditionProblems(value, todayLocal());
    const checks = {
      visibility: p.visibility && t(`cases.information.form.errors.${p.visibility}`),
      namedPartyIds: p.namedPartyIds && t(`cases.information.form.errors.${p.namedPartyIds}`),
      expiresAt: p.expiresAt && t(`cases.information.form.errors.${p.expiresAt}`),
    };
    const ok = await form.submit(checks, FIELDS, async () => {
      await changeConditions(item.id, item.version, {
        ...toConditionsInput(value),
        ...(regime !== item.regime && { regime }),
      });
    });
    if (ok) await onSaved(t('cases.information.conditions.saved'));
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form ketenhuis-confirm"
      aria-labelledby={`${prefix}-heading`}
    >
      <Heading level={level} id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {t('cases.information.conditions.heading')}
      </Heading>
      <Paragraph>{t('cases.information.conditions.intro')}</Paragraph>
      <FormErrorSummary
        heading={t('cases.information.form.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <ConditionsFields prefix={prefix} value={value} onChange={setValue} error={form.error} />
      <ChoiceGroup
        type="radio"
        legend={t('cases.information.conditions.regime')}
        firstId={`${prefix}-regime`}
        options={regimes.map((r) => ({ value: r, label: t(`cases.information.regime.${r}`) }))}
        value={[regime]}
        onChange={([v]) => setRegime(regimes.find((r) => r === v) ?? item.regime)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.information.conditions.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.information.conditions.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
