/**
 * The roles of a user as a group of checkboxes, limited to the roles their organisation may hold:
 * house roles for staff of the house, "professional" for people at a party. Each role has a
 * short description; the group has a legend, a description and an error message, all linked.
 */
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganisationKind, type Role, rolesFor } from '../../auth/roles';

interface RoleCheckboxesProps {
  kind: OrganisationKind;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
  /** The id of the first checkbox, for links from an error summary. */
  firstId: string;
  /** Roles that cannot be taken away here (an administrator's own role), with the reason. */
  locked?: { roles: readonly Role[]; reason: string } | undefined;
}

export function RoleCheckboxes({ kind, value, onChange, error, firstId, locked }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const descriptionId = `${baseId}-description`;
  const errorId = `${baseId}-error`;
  const roles = rolesFor(kind);

  const toggle = (role: Role, checked: boolean) => {
    const next = checked ? [...value, role] : value.filter((r) => r !== role);
    // Keep the canonical order, whatever order they were ticked in.
    onChange(roles.filter((r) => next.includes(r)));
  };

  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={[descriptionId, error ? errorId : null].filter(Boolean).join(' ')}
      className="ketenhuis-fieldset"
    >
      <FieldsetLegend>{t('pages.users.form.roles')}</FieldsetLegend>
      <FormFieldDescription id={descriptionId}>
        {kind === 'house' ? t('pages.users.form.rolesHouse') : t('pages.users.form.rolesParty')}
      </FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {roles.map((role, index) => {
        const id = index === 0 ? firstId : `${baseId}-${role}`;
        const roleDescriptionId = `${id}-description`;
        const isLocked = locked?.roles.includes(role) === true && value.includes(role);
        return (
          <FormField key={role} type="checkbox" className="ketenhuis-choice">
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel type="checkbox" htmlFor={id}>
                <Checkbox
                  id={id}
                  className="utrecht-form-field__input"
                  checked={value.includes(role)}
                  disabled={isLocked}
                  invalid={Boolean(error)}
                  aria-describedby={roleDescriptionId}
                  onChange={(event) => toggle(role, event.target.checked)}
                />
                {t(`enums.role.${role}`)}
              </FormLabel>
            </div>
            <FormFieldDescription id={roleDescriptionId} className="utrecht-form-field__description">
              {t(`enums.roleDescription.${role}`)}
              {isLocked && ` ${locked?.reason}`}
            </FormFieldDescription>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
