/**
 * The fields of a single sign-on provider, shared by the create and the edit page: name, issuer,
 * client id, the write-only client secret (on edit: "is ingesteld", keep or replace), how accounts
 * are linked, automatic accounts with their default roles, and whether the provider is active.
 * The organisation is chosen only when creating (the page passes that select in).
 */
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_CLAIMS } from '../../api/ssoProviders';
import type { Role } from '../../auth/roles';
import { TextField } from '../../layout/TextField';
import { ChoiceCheckbox, RadioGroup } from './ChoiceControls';
import { organisationKind, provisionableRoles, type SsoFormValues } from './ssoForm';
import type { SsoFieldIds, SsoFieldMessages } from './ssoMessages';

interface SsoProviderFieldsProps {
  values: SsoFormValues;
  onChange: (patch: Partial<SsoFormValues>) => void;
  errors: SsoFieldMessages;
  ids: SsoFieldIds;
  mode: 'create' | 'edit';
  /** Edit: whether the server has a secret stored (it never sends the secret itself). */
  secretSet?: boolean;
  /** Create: the organisation select, placed after the connection details. */
  organisation?: ReactNode;
  /** Edit: issuer or client id differs from the stored one, so account links will be dropped. */
  relinkWarning?: ReactNode;
}

function DefaultRoles({ values, onChange, errors, ids }: Omit<SsoProviderFieldsProps, 'mode'>) {
  const { t } = useTranslation();
  const kind = organisationKind(values.partyId);
  const roles = provisionableRoles(kind);
  const descriptionId = `${ids.defaultRoles}-group-description`;
  const errorId = `${ids.defaultRoles}-group-error`;
  const error = errors.defaultRoles;
  const toggle = (role: Role, checked: boolean) => {
    const next = checked ? [...values.defaultRoles, role] : values.defaultRoles.filter((r) => r !== role);
    onChange({ defaultRoles: roles.filter((r) => next.includes(r)) });
  };
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={[descriptionId, error ? errorId : null].filter(Boolean).join(' ')}
      className="ketenhuis-fieldset"
    >
      <FieldsetLegend>{t('pages.ssoProviders.form.defaultRoles')}</FieldsetLegend>
      <FormFieldDescription id={descriptionId}>
        {kind === 'house'
          ? t('pages.ssoProviders.form.defaultRolesHouse')
          : t('pages.ssoProviders.form.defaultRolesParty')}
      </FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {roles.map((role, index) => {
        const id = index === 0 ? ids.defaultRoles : `${ids.defaultRoles}-${role}`;
        return (
          <FormField key={role} type="checkbox" className="ketenhuis-choice">
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel type="checkbox" htmlFor={id}>
                <Checkbox
                  id={id}
                  className="utrecht-form-field__input"
                  checked={values.defaultRoles.includes(role)}
                  invalid={Boolean(error)}
                  aria-describedby={`${id}-description`}
                  onChange={(event) => toggle(role, event.target.checked)}
                />
                {t(`enums.role.${role}`)}
              </FormLabel>
            </div>
            <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
              {t(`enums.roleDescription.${role}`)}
            </FormFieldDescription>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

function SecretField({ values, onChange, errors, ids, mode, secretSet }: SsoProviderFieldsProps) {
  const { t } = useTranslation();
  const input = (label: string) => (
    <TextField
      id={ids.clientSecret}
      label={label}
      description={t('pages.ssoProviders.form.clientSecretDescription')}
      type="password"
      autoComplete="off"
      spellCheck={false}
      required
      value={values.clientSecret}
      error={errors.clientSecret}
      onChange={(event) => onChange({ clientSecret: event.target.value })}
    />
  );
  if (mode === 'create') return input(t('pages.ssoProviders.form.clientSecret'));
  if (!secretSet) {
    return (
      <>
        <Paragraph>{t('pages.ssoProviders.form.secretNotStored')}</Paragraph>
        {input(t('pages.ssoProviders.form.newClientSecret'))}
      </>
    );
  }
  return (
    <>
      <RadioGroup
        firstId={`${ids.clientSecret}-choice`}
        name={`${ids.clientSecret}-choice`}
        legend={t('pages.ssoProviders.form.secretLegend')}
        description={t('pages.ssoProviders.form.secretStored')}
        options={[
          { value: 'keep', label: t('pages.ssoProviders.form.keepSecret') },
          { value: 'replace', label: t('pages.ssoProviders.form.replaceSecret') },
        ]}
        value={values.replaceSecret ? 'replace' : 'keep'}
        onChange={(choice) => onChange({ replaceSecret: choice === 'replace', clientSecret: '' })}
      />
      {values.replaceSecret && input(t('pages.ssoProviders.form.newClientSecret'))}
    </>
  );
}

export function SsoProviderFields(props: SsoProviderFieldsProps) {
  const { t } = useTranslation();
  const { values, onChange, errors, ids, organisation, relinkWarning } = props;
  return (
    <>
      <TextField
        id={ids.name}
        label={t('pages.ssoProviders.form.name')}
        description={t('pages.ssoProviders.form.nameDescription')}
        autoComplete="off"
        required
        value={values.name}
        error={errors.name}
        onChange={(event) => onChange({ name: event.target.value })}
      />
      <TextField
        id={ids.issuer}
        label={t('pages.ssoProviders.form.issuer')}
        description={t('pages.ssoProviders.form.issuerDescription')}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        required
        value={values.issuer}
        error={errors.issuer}
        onChange={(event) => onChange({ issuer: event.target.value })}
      />
      <TextField
        id={ids.clientId}
        label={t('pages.ssoProviders.form.clientId')}
        autoComplete="off"
        spellCheck={false}
        required
        value={values.clientId}
        error={errors.clientId}
        onChange={(event) => onChange({ clientId: event.target.value })}
      />
      {relinkWarning}
      <SecretField {...props} />
      {organisation}
      <RadioGroup
        firstId={ids.matchClaim}
        name={`${ids.matchClaim}-claim`}
        legend={t('pages.ssoProviders.form.matchClaim')}
        description={t('pages.ssoProviders.form.matchClaimDescription')}
        error={errors.matchClaim}
        options={MATCH_CLAIMS.map((claim) => ({
          value: claim,
          label: t(`pages.ssoProviders.form.matchClaimOption.${claim}`),
          description: t(`pages.ssoProviders.form.matchClaimHelp.${claim}`),
        }))}
        value={values.matchClaim}
        onChange={(matchClaim) => onChange({ matchClaim })}
      />
      <ChoiceCheckbox
        id={`${ids.defaultRoles}-provision`}
        label={t('pages.ssoProviders.form.provision')}
        description={t('pages.ssoProviders.form.provisionDescription')}
        checked={values.provision}
        onChange={(provision) => onChange({ provision })}
      />
      <DefaultRoles {...props} />
      <ChoiceCheckbox
        id={`${ids.name}-enabled`}
        label={t('pages.ssoProviders.form.enabled')}
        description={t('pages.ssoProviders.form.enabledDescription')}
        checked={values.enabled}
        onChange={(enabled) => onChange({ enabled })}
      />
    </>
  );
}
