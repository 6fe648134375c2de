/**
 * One user (functioneel beheer): their details, and — as far as the server's `permissions` allow —
 * changing name, roles and status (PATCH with If-Match, so two administrators cannot overwrite
 * each other unnoticed), resetting their second factor (a sensitive action: re-authentication),
 * and access: a temporary password (also re-authenticated) and ending all sessions.
 */

import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { membershipsKey, type VersionedMemberships } from '../../api/memberships';
import { errorCode } from '../../api/problem';
import {
  resetUserTotp,
  USERS_KEY,
  type User,
  type UserChanges,
  type UserStatus,
  updateUser,
  userKey,
  useUser,
  type VersionedUser,
} from '../../api/users';
import { useAuth } from '../../auth/AuthProvider';
import { shownError, useReauth } from '../../auth/reauth';
import { type Role, separationOfDutiesConflicts } from '../../auth/roles';
import { formatDateTime } from '../../i18n/format';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { TextField } from '../../layout/TextField';
import { AccessSection } from './AccessSection';
import { ConfirmedAction } from './ConfirmedAction';
import { MembershipsSection } from './MembershipsSection';
import { RoleCheckboxes } from './RoleCheckboxes';
import { StatusRadios } from './StatusRadios';

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

interface EditFormProps {
  current: VersionedUser;
  /** Editing one's own account: the server refuses taking away one's own admin role or access. */
  isSelf: boolean;
  onSaved: (saved: VersionedUser) => void;
  onReload: () => void;
  onNothingChanged: () => void;
}

function EditUserForm({ current, isSelf, onSaved, onReload, onNothingChanged }: EditFormProps) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const { user, etag } = current;
  const ids = { displayName: useId(), roles: useId() };
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [status, setStatus] = useState<UserStatus>(user.status);
  const [fieldErrors, setFieldErrors] = useState<{ displayName?: string; roles?: string }>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const name = displayName.trim();
    const next: { displayName?: string; roles?: string } = {};
    if (name === '') next.displayName = t('pages.users.form.displayNameRequired');
    if (roles.length === 0) next.roles = t('pages.users.form.rolesRequired');
    else if (separationOfDutiesConflicts(roles).length > 0)
      next.roles = t('pages.users.form.rolesSeparation', {
        roles: separationOfDutiesConflicts(roles)
          .map((role) => t(`enums.role.${role}`))
          .join(', '),
      });
    setFieldErrors(next);
    setReference(undefined);
    setStale(false);
    const summary: FormError[] = [];
    if (next.displayName) summary.push({ message: next.displayName, fieldId: ids.displayName });
    if (next.roles) summary.push({ message: next.roles, fieldId: ids.roles });
    if (summary.length > 0) {
      setErrors(summary);
      return;
    }
    if (etag === null) {
      setErrors([{ message: t('problems.codes.precondition-required') }]);
      setStale(true);
      return;
    }

    const changes: UserChanges = {};
    if (name !== user.displayName) changes.displayName = name;
    if (!sameRoles(roles, user.roles)) changes.roles = roles;
    if (status !== user.status) changes.status = status;
    if (Object.keys(changes).length === 0) {
      setErrors([]);
      onNothingChanged();
      return;
    }

    setBusy(true);
    try {
      onSaved(await withReauth(() => updateUser(user.id, etag, changes)));
    } catch (error) {
      setBusy(false);
      const visible = shownError(error);
      if (visible === null) return;
      const code = errorCode(visible);
      setStale(code === 'precondition-failed' || code === 'precondition-required');
      setErrors(apiFormErrors(t, visible));
      setReference(apiErrorReference(t, visible));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
      <FormErrorSummary
        heading={t('pages.users.edit.errorHeading')}
        headingLevel={3}
        errors={errors}
        footnote={reference}
      />
      {stale && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onReload}>
            {t('pages.users.edit.reload')}
          </Button>
        </ButtonGroup>
      )}
      <TextField
        id={ids.displayName}
        label={t('pages.users.form.displayName')}
        autoComplete="off"
        required
        value={displayName}
        error={fieldErrors.displayName}
        onChange={(event) => setDisplayName(event.target.value)}
      />
      <RoleCheckboxes
        kind={user.organisation.kind}
        value={roles}
        onChange={setRoles}
        error={fieldErrors.roles}
        firstId={ids.roles}
        locked={isSelf ? { roles: ['functioneel_beheer'], reason: t('pages.users.edit.ownRole') } : undefined}
      />
      <StatusRadios
        value={status}
        onChange={setStatus}
        lockedReason={isSelf ? t('pages.users.edit.ownStatus') : undefined}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('pages.users.edit.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function ResetTotp({ user, onReset }: { user: User; onReset: () => void }) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  if (!user.totpEnabled) return <Paragraph>{t('pages.users.reset.notEnabled')}</Paragraph>;
  return (
    <ConfirmedAction
      text={t('pages.users.reset.text')}
      button={t('pages.users.reset.button')}
      confirm={t('pages.users.reset.confirm', { name: user.displayName })}
      yes={t('pages.users.reset.yes')}
      no={t('pages.users.reset.no')}
      errorHeading={t('pages.users.reset.error')}
      onGone={onReset}
      run={async () => {
        await withReauth(() => resetUserTotp(user.id));
        onReset();
      }}
    />
  );
}

/** One page per user: moving to another user starts afresh (no messages about the previous one). */
export function UserEditPage() {
  const { id = '' } = useParams();
  return <UserDetail key={id} id={id} />;
}

function UserDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const auth = useAuth();
  const query = useUser(id);
  const created = (location.state as { created?: unknown } | null)?.created === true;
  const [status, setStatus] = useState<string | null>(created ? t('pages.users.edit.created') : null);
  const user = query.data?.user;

  const saved = (result: VersionedUser) => {
    if (result.etag !== null) queryClient.setQueryData(userKey(id), result);
    else void queryClient.invalidateQueries({ queryKey: userKey(id) });
    void queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] });
    // The memberships share the user's version: they are current with the new ETag.
    syncEtag(membershipsKey(id), result.etag);
    setStatus(t('pages.users.edit.saved'));
  };

  /** Gives a cached resource of this user the new version, or fetches it again when unknown. */
  function syncEtag(key: readonly unknown[], etag: string | null) {
    if (etag === null) void queryClient.invalidateQueries({ queryKey: key });
    else queryClient.setQueryData<{ etag: string | null }>(key, (old) => old && { ...old, etag });
  }

  const membershipsSaved = (result: VersionedMemberships) => {
    if (result.etag !== null) queryClient.setQueryData(membershipsKey(id), result);
    else void queryClient.invalidateQueries({ queryKey: membershipsKey(id) });
    // Saving memberships raised the user's version: the details form must send the new ETag.
    syncEtag(userKey(id), result.etag);
    setStatus(t('pages.users.memberships.saved'));
  };

  const reload = () => {
    setStatus(null);
    void query.refetch().then(() => setStatus(t('pages.users.edit.reloaded')));
  };

  const totpReset = () => {
    void queryClient.invalidateQueries({ queryKey: USERS_KEY });
    setStatus(t('pages.users.reset.done', { name: user?.displayName ?? '' }));
  };

  /** The user is gone (an action answered 404): fetch afresh, so the page shows it is not found. */
  const gone = () => {
    setStatus(null);
    void queryClient.resetQueries({ queryKey: userKey(id) });
    void queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] });
  };

  const canResetPassword = user?.permissions.includes('reset-totp') ?? false;
  const canRevokeSessions = user?.permissions.includes('update') ?? false;

  return (
    <>
      <PageHeading
        title={
          user ? t('pages.users.edit.title', { name: user.displayName }) : t('pages.users.edit.titleLoading')
        }
      />
      <Paragraph>
        <RouterLink to="/beheer/gebruikers">{t('pages.users.backToList')}</RouterLink>
      </Paragraph>
      <LiveStatus message={status} />

      {query.isPending && <Paragraph role="status">{t('pages.users.edit.loading')}</Paragraph>}
      {query.isError && !query.data && (
        <ErrorAlert
          heading={t('pages.users.edit.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}

      {query.data && user && (
        <>
          <section aria-labelledby="user-details-heading">
            <Heading level={2} id="user-details-heading">
              {t('pages.users.edit.detailsHeading')}
            </Heading>
            <DataList className="ketenhuis-data-list">
              <DataListItem>
                <DataListKey>{t('pages.users.columns.email')}</DataListKey>
                <DataListValue>{user.email}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.users.columns.organisation')}</DataListKey>
                <DataListValue>
                  {t(`pages.profile.organisation.${user.organisation.kind}`, {
                    name: user.organisation.name,
                  })}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.users.columns.totp')}</DataListKey>
                <DataListValue>
                  {user.totpEnabled ? t('pages.users.totpOn') : t('pages.users.totpOff')}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.users.columns.lastLogin')}</DataListKey>
                <DataListValue>
                  {user.lastLoginAt
                    ? formatDateTime(user.lastLoginAt, i18n.resolvedLanguage)
                    : t('pages.users.never')}
                </DataListValue>
              </DataListItem>
              {user.isDemo && (
                <DataListItem>
                  <DataListKey>{t('pages.users.edit.demo')}</DataListKey>
                  <DataListValue>{t('pages.users.edit.demoValue')}</DataListValue>
                </DataListItem>
              )}
            </DataList>
          </section>

          <section aria-labelledby="user-edit-heading">
            <Heading level={2} id="user-edit-heading">
              {t('pages.users.edit.formHeading')}
            </Heading>
            {user.permissions.includes('update') ? (
              <EditUserForm
                key={query.data.etag ?? query.dataUpdatedAt}
                current={query.data}
                isSelf={user.id === auth.user?.id}
                onSaved={saved}
                onReload={reload}
                onNothingChanged={() => setStatus(t('pages.users.edit.nothingChanged'))}
              />
            ) : (
              <Paragraph>{t('pages.users.edit.readOnly')}</Paragraph>
            )}
          </section>

          <section aria-labelledby="user-memberships-heading">
            <Heading level={2} id="user-memberships-heading">
              {t('pages.users.memberships.heading')}
            </Heading>
            <MembershipsSection user={user} onSaved={membershipsSaved} onStatus={setStatus} />
          </section>

          {user.permissions.includes('reset-totp') && (
            <section aria-labelledby="user-reset-heading">
              <Heading level={2} id="user-reset-heading">
                {t('pages.users.reset.heading')}
              </Heading>
              <ResetTotp user={user} onReset={totpReset} />
            </section>
          )}

          {(canResetPassword || canRevokeSessions) && (
            <section aria-labelledby="user-access-heading">
              <Heading level={2} id="user-access-heading">
                {t('pages.users.access.heading')}
              </Heading>
              <AccessSection
                user={user}
                canResetPassword={canResetPassword}
                canRevokeSessions={canRevokeSessions}
                onStatus={setStatus}
                onGone={gone}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
