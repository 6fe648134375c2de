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

interface StatusRadiosProps {
  value: UserStatus;
  onChange: (status: UserStatus) => void;
  /** Why the account cannot be disabled here (an administrator's own account). */
  lockedReason?: string | undefined;
}

export function StatusRadios({ value, onChange, lockedReason }: StatusRadiosProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const descriptionId = `${baseId}-description`;
  return (
    <Fieldset aria-describedby={descriptionId} className="ketenhuis-fieldset">
      <FieldsetLegend>{t('pages.users.form.status')}</FieldsetLegend>
      <FormFieldDescription id={descriptionId}>
        {t('pages.users.form.statusDescription')}
        {lockedReason && ` ${lockedReason}`}
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
                  disabled={lockedReason !== undefined && status === 'disabled' && value !== 'disabled'}
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
