/**
 * The legal regime of information (Art. 15.2): ordinary personal data, special category (health),
 * police data (Wpg) or judicial data (Wjsg), chosen by whoever provides it — in the item form and
 * in a triage answer. Nothing is preselected: the provider decides.
 */
import { useTranslation } from 'react-i18next';
import { REGIMES, type Regime } from '../../api/informationItems';
import { ChoiceGroup } from '../cases/ChoiceGroup';

export function RegimeChoice(props: {
  firstId: string;
  error: string | undefined;
  value: Regime | '';
  onChange: (regime: Regime | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      type="radio"
      legend={t('cases.information.form.regime')}
      description={t('cases.information.form.regimeDescription')}
      firstId={props.firstId}
      error={props.error}
      options={REGIMES.map((r) => ({ value: r, label: t(`cases.information.regime.${r}`) }))}
      value={props.value ? [props.value] : []}
      onChange={([v]) => props.onChange(REGIMES.find((r) => r === v) ?? '')}
    />
  );
}
