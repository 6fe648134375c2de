/**
 * The phase filter of the case list: one labelled select; the list follows as soon as a phase is
 * chosen and the page announces the new count.
 */
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../api/cases';

const ALL = '';

export function StatusFilter({
  value,
  onChange,
}: {
  value: CaseStatus | undefined;
  onChange: (value: CaseStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form className="ketenhuis-filter" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="ketenhuis-filter__fieldset">
        <legend className="ketenhuis-filter__legend">{t('cases.list.filterLegend')}</legend>
        <FormField type="select" className="ketenhuis-filter__field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={id}>{t('cases.list.statusLabel')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id={id}
              value={value ?? ALL}
              onChange={(event) => onChange(CASE_STATUSES.find((s) => s === event.target.value))}
            >
              <SelectOption value={ALL}>{t('cases.list.allStatuses')}</SelectOption>
              {CASE_STATUSES.filter((s) => s !== 'verwijderd').map((s) => (
                <SelectOption key={s} value={s}>
                  {t(`cases.status.${s}`)}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
      </fieldset>
    </form>
  );
}
