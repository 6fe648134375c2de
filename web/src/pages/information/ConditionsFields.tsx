/**
 * The provider's conditions as form fields (Art. 16.2, 12.2f): who may see the item (and which
 * parties, when named), use in the action plan, and an optional expiry day. Shared by the form
 * that provides an item and the form that changes its conditions.
 */
import { useTranslation } from 'react-i18next';
import { VISIBILITIES } from '../../api/informationItems';
import { useParties } from '../../api/parties';
import { TextField } from '../../layout/TextField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import type { ConditionsState } from './conditions';

interface Props {
  prefix: string;
  value: ConditionsState;
  onChange: (next: ConditionsState) => void;
  error: (field: string) => string | undefined;
}

export function ConditionsFields({ prefix, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const parties = useParties();
  const active = (parties.data ?? [])
    .filter((p) => p.status === 'active')
    .sort((a, b) => a.name.localeCompare(b.name));
  const set = (patch: Partial<ConditionsState>) => onChange({ ...value, ...patch });
  return (
    <>
      <ChoiceGroup
        type="radio"
        legend={t('cases.information.conditions.visibility')}
        firstId={`${prefix}-visibility`}
        error={error('visibility')}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`cases.information.visibility.${v}`) }))}
        value={value.visibility ? [value.visibility] : []}
        onChange={([v]) => set({ visibility: VISIBILITIES.find((x) => x === v) ?? '' })}
      />
      {value.visibility === 'named-parties' && (
        <ChoiceGroup
          type="checkbox"
          legend={t('cases.information.conditions.namedParties')}
          description={t('cases.information.conditions.namedPartiesDescription')}
          firstId={`${prefix}-namedPartyIds`}
          error={error('namedPartyIds')}
          options={active.map((p) => ({ value: p.id, label: p.name }))}
          value={value.namedPartyIds}
          onChange={(ids) => set({ namedPartyIds: ids })}
          columns
        />
      )}
      <ChoiceGroup
        type="radio"
        legend={t('cases.information.conditions.useInActionPlan')}
        firstId={`${prefix}-useInActionPlan`}
        options={[
          { value: 'yes', label: t('cases.information.conditions.yes') },
          { value: 'no', label: t('cases.information.conditions.no') },
        ]}
        value={[value.useInActionPlan ? 'yes' : 'no']}
        onChange={([v]) => set({ useInActionPlan: v === 'yes' })}
      />
      <TextField
        id={`${prefix}-expiresAt`}
        label={t('cases.information.conditions.expiresOn')}
        description={t('cases.information.conditions.expiresOnDescription')}
        type="date"
        value={value.expiresOn}
        error={error('expiresAt')}
        onChange={(e) => set({ expiresOn: e.target.value })}
      />
    </>
  );
}
