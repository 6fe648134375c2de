/**
 * Choosing the information items an action is based on (Art. 16.2): a group of checkboxes with the
 * items the user may see and whose provider allows their use in the action plan now (the server
 * filters: `useCitableItems`), each with its legal regime and provider. Loading, a failed load and
 * "nothing to choose" are said in words. Items already cited but not in the list (more than the
 * list shows) are offered too, so that saving keeps them.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '../../../api/caseFlowConference';
import type { useCitableItems } from '../../../api/informationItemCalls';
import { ChoiceGroup, type ChoiceOption } from '../ChoiceGroup';
import { usePartyNames } from './flowData';

interface Props {
  query: ReturnType<typeof useCitableItems>;
  firstId: string;
  legend: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
  /** Usable citations the action has now (kept as options when the list does not show them). */
  current?: readonly Citation[];
}

export function CitationPicker({ query, firstId, legend, value, onChange, error, current = [] }: Props) {
  const { t } = useTranslation();
  const partyName = usePartyNames();
  if (query.isPending) return <Paragraph role="status">{t('cases.flow.citations.loading')}</Paragraph>;
  if (query.isError) return <Paragraph>{t('cases.flow.citations.loadError')}</Paragraph>;
  const regime = (r: string) => t(`cases.information.regime.${r as Citation['regime']}`);
  const options: ChoiceOption[] = query.data.items.map((i) => ({
    value: i.id,
    label: i.title,
    description:
      i.providerKind === 'house'
        ? t('cases.flow.citations.fromHouse', { regime: regime(i.regime) })
        : t('cases.flow.citations.fromParty', {
            regime: regime(i.regime),
            party: partyName(i.providerPartyId),
          }),
  }));
  for (const c of current)
    if (c.usable && !options.some((o) => o.value === c.itemId))
      options.push({
        value: c.itemId,
        label: c.title,
        description: t('cases.flow.citations.fromParty', {
          regime: regime(c.regime),
          party: partyName(c.providerPartyId),
        }),
      });
  if (options.length === 0)
    return (
      <Paragraph id={firstId} tabIndex={-1}>
        {t('cases.flow.citations.none')}
      </Paragraph>
    );
  return (
    <>
      <ChoiceGroup
        type="checkbox"
        legend={legend}
        description={t('cases.flow.citations.description')}
        firstId={firstId}
        error={error}
        options={options}
        value={value}
        onChange={onChange}
      />
      {!query.data.complete && (
        <Paragraph>{t('cases.flow.citations.incomplete', { count: query.data.items.length })}</Paragraph>
      )}
    </>
  );
}
