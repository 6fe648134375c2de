/**
 * Whether a user account is active or disabled, as two radio buttons in a fieldset.
 */
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_STATUSES, type UserStatus } from '../../api/users';

export function StatusRadios({
  value,
  onChange,
}: {
  value: UserStatus;
  onChange: (status: UserStatus) => void;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const descriptionId = `${baseId}-description`;
  return (
    <Fieldset aria-describedby={descriptionId} className="ketenhuis-fieldset">
      <FieldsetLegend>{t('pages.users.form.status')}</FieldsetLegend>
      <FormFieldDescription id={descriptionId}>
        {t('pages.users.form.statusDescription')}
      </FormFieldDescription>
      {USER_STATUSES.map((status) => {
        const id = `${baseId}-${status}`;
        return (
          <FormField key={status} type="radio" className="ketenhuis-choice">
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel type="radio" htmlFor={id}>
                <RadioButton
                  id={id}
                  name={`${baseId}-status`}
                  value={status}
                  className="utrecht-form-field__input"
                  checked={value === status}
                  onChange={() => onChange(status)}
                />
                {t(`enums.userStatus.${status}`)}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
