/**
 * Nieuwe gebruiker (functioneel beheer): name, e-mail address, organisation (the house itself or
 * one of the parties), roles (only those the organisation may hold) and an initial password that
 * the administrator passes on through a safe channel.
 */

import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useHouse } from '../../api/house';
import { useParties } from '../../api/parties';
import { errorCode } from '../../api/problem';
import { createUser, USERS_KEY } from '../../api/users';
import { shownError, useReauth } from '../../auth/reauth';
import { allowedRoles, type Role, separationOfDutiesConflicts } from '../../auth/roles';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { TextField } from '../../layout/TextField';
import { generatePassword } from './password';
import { RoleCheckboxes } from './RoleCheckboxes';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;
const HOUSE = '';

interface FieldErrors {
  displayName?: string;
  email?: string;
  roles?: string;
  initialPassword?: string;
}

export function UserCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const withReauth = useReauth();
  const { data: house } = useHouse();
  const parties = useParties();
  const ids = {
    displayName: useId(),
    email: useId(),
    organisation: useId(),
    roles: useId(),
    password: useId(),
  };
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [partyId, setPartyId] = useState(HOUSE);
  const [roles, setRoles] = useState<Role[]>([]);
  const [initialPassword, setInitialPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const kind = partyId === HOUSE ? 'house' : 'party';

  const partyOptions = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage, { sensitivity: 'base', numeric: true });
    return (parties.data ?? [])
      .filter((party) => party.status === 'active' || party.status === 'accession_pending')
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [parties.data, i18n.resolvedLanguage]);

  const changeOrganisation = (value: string) => {
    const nextKind = value === HOUSE ? 'house' : 'party';
    setPartyId(value);
    setRoles((current) => allowedRoles(nextKind, current));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const name = displayName.trim();
    const address = email.trim();
    const next: FieldErrors = {};
    if (name === '') next.displayName = t('pages.users.form.displayNameRequired');
    if (address === '') next.email = t('pages.users.form.emailRequired');
    else if (!EMAIL_PATTERN.test(address)) next.email = t('pages.users.form.emailInvalid');
    if (roles.length === 0) next.roles = t('pages.users.form.rolesRequired');
    else if (separationOfDutiesConflicts(roles).length > 0)
      next.roles = t('pages.users.form.rolesSeparation', {
        roles: separationOfDutiesConflicts(roles)
          .map((role) => t(`enums.role.${role}`))
          .join(', '),
      });
    if (initialPassword === '') next.initialPassword = t('pages.users.form.passwordRequired');
    setFieldErrors(next);
    const summary: FormError[] = [];
    if (next.displayName) summary.push({ message: next.displayName, fieldId: ids.displayName });
    if (next.email) summary.push({ message: next.email, fieldId: ids.email });
    if (next.roles) summary.push({ message: next.roles, fieldId: ids.roles });
    if (next.initialPassword) summary.push({ message: next.initialPassword, fieldId: ids.password });
    setReference(undefined);
    if (summary.length > 0) {
      setErrors(summary);
      return;
    }

    setBusy(true);
    try {
      const user = await withReauth(() =>
        createUser({
          email: address,
          displayName: name,
          partyId: partyId === HOUSE ? null : partyId,
          roles,
          initialPassword,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
      navigate(`/beheer/gebruikers/${encodeURIComponent(user.id)}`, { state: { created: true } });
    } catch (error) {
      setBusy(false);
      const visible = shownError(error);
      if (visible === null) return;
      const code = errorCode(visible);
      if (code === 'email-in-use') {
        const message = t('pages.users.form.emailTaken');
        setFieldErrors({ email: message });
        setErrors([{ message, fieldId: ids.email }]);
      } else if (code === 'weak-password') {
        const passwordErrors = apiFormErrors(t, visible, ids.password);
        setFieldErrors({ initialPassword: passwordErrors.map((e) => e.message).join(' ') });
        setErrors(passwordErrors);
      } else {
        setErrors(apiFormErrors(t, visible));
      }
      setReference(apiErrorReference(t, visible));
    }
  };

  return (
    <>
      <PageHeading title={t('pages.users.create.title')} />
      <Paragraph>
        <RouterLink to="/beheer/gebruikers">{t('pages.users.backToList')}</RouterLink>
      </Paragraph>
      <Paragraph>{t('pages.users.create.intro')}</Paragraph>

      <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
        <FormErrorSummary
          heading={t('pages.users.create.errorHeading')}
          errors={errors}
          footnote={reference}
        />
        <TextField
          id={ids.displayName}
          label={t('pages.users.form.displayName')}
          autoComplete="off"
          required
          value={displayName}
          error={fieldErrors.displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <TextField
          id={ids.email}
          label={t('pages.users.form.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          value={email}
          error={fieldErrors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <FormField type="select" className="ketenhuis-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={ids.organisation}>{t('pages.users.form.organisation')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id={ids.organisation}
              value={partyId}
              onChange={(event) => changeOrganisation(event.target.value)}
            >
              <SelectOption value={HOUSE}>
                {t('pages.users.form.houseOption', { house: house?.name ?? t('app.houseFallback') })}
              </SelectOption>
              {partyOptions.map((party) => (
                <SelectOption key={party.id} value={party.id}>
                  {party.name}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
        {parties.isPending && <Paragraph role="status">{t('pages.users.form.partiesLoading')}</Paragraph>}
        {parties.isError && (
          <ErrorAlert
            heading={t('pages.users.form.partiesError')}
            error={parties.error}
            onRetry={() => void parties.refetch()}
            retryLabel={t('auth.retry')}
          />
        )}
        <RoleCheckboxes
          kind={kind}
          value={roles}
          onChange={setRoles}
          error={fieldErrors.roles}
          firstId={ids.roles}
        />
        <TextField
          id={ids.password}
          label={t('pages.users.form.initialPassword')}
          description={t('pages.users.form.initialPasswordDescription')}
          type="text"
          autoComplete="off"
          spellCheck={false}
          required
          value={initialPassword}
          error={fieldErrors.initialPassword}
          onChange={(event) => setInitialPassword(event.target.value)}
          className="ketenhuis-field--secret"
        />
        <ButtonGroup>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => {
              setInitialPassword(generatePassword());
              setStatus(t('pages.users.form.passwordGenerated'));
            }}
          >
            {t('pages.users.form.generatePassword')}
          </Button>
        </ButtonGroup>
        <LiveStatus message={status} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('pages.users.create.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
