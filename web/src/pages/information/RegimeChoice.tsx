/**
 * The legal regime of information (Art. 15.2): ordinary personal data, special category (health),
 * police data (Wpg) or judicial data (Wjsg), chosen by whoever provides it — in the item form and
 * in a triage answer. Nothing is preselected: the provider decides. Only the regimes the user's
 * party may provide are offered (the session's `providableRegimes`: police and judicial data only
 * for the parties the house configuration allows; the server refuses the others with
 * `regime-not-allowed`).
 */
import { useTranslation } from 'react-i18next';
import type { Regime } from '../../api/informationItems';
import { useAuth } from '../../auth/AuthProvider';
import { ChoiceGroup } from '../cases/ChoiceGroup';

export function RegimeChoice(props: {
  firstId: string;
  error: string | undefined;
  value: Regime | '';
  onChange: (regime: Regime | '') => void;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const offered: readonly Regime[] = user?.providableRegimes ?? ['gewoon', 'bijzonder'];
  return (
    <ChoiceGroup
      type="radio"
      legend={t('cases.information.form.regime')}
      description={t('cases.information.form.regimeDescription')}
      firstId={props.firstId}
      error={props.error}
      options={offered.map((r) => ({ value: r, label: t(`cases.information.regime.${r}`) }))}
      value={props.value ? [props.value] : []}
      onChange={([v]) => props.onChange(offered.find((r) => r === v) ?? '')}
    />
  );
}
