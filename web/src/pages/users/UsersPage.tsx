/**
 * Gebruikers (functioneel beheer): everybody with an account, searchable by name or e-mail
 * address (?q=… in the URL, so a search can be bookmarked), fifty at a time with "load more".
 */
import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type User, useUsers } from '../../api/users';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { PageHeading } from '../../layout/PageHeading';
import { RouterButtonLink } from '../../layout/RouterButtonLink';
import { RouterLink } from '../../layout/RouterLink';
import { TextField } from '../../layout/TextField';

const MAX_QUERY_LENGTH = 100;

function UsersTable({ users, firstNewIndex }: { users: readonly User[]; firstNewIndex: number | null }) {
  const { t, i18n } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);

  // After "load more", continue at the first newly loaded user.
  useEffect(() => {
    if (firstNewIndex === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${firstNewIndex}"] a`)?.focus();
  }, [firstNewIndex]);

  return (
    <div className="ketenhuis-table-scroll">
      <Table ref={tableRef} className="ketenhuis-table">
        <TableCaption>{t('pages.users.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('pages.users.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.users.columns.email')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.users.columns.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.users.columns.roles')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.users.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.users.columns.totp')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.users.columns.lastLogin')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user, index) => (
            <TableRow key={user.id} data-row={index}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/beheer/gebruikers/${encodeURIComponent(user.id)}`}>
                  {user.displayName}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>{user.email}</TableCell>
              <TableCell>{user.organisation.name}</TableCell>
              <TableCell>{user.roles.map((role) => t(`enums.role.${role}`)).join(', ')}</TableCell>
              <TableCell>{t(`enums.userStatus.${user.status}`)}</TableCell>
              <TableCell>{user.totpEnabled ? t('pages.users.totpOn') : t('pages.users.totpOff')}</TableCell>
              <TableCell>
                {user.lastLoginAt
                  ? formatDateTime(user.lastLoginAt, i18n.resolvedLanguage)
                  : t('pages.users.never')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const [draft, setDraft] = useState(query);
  const [firstNewIndex, setFirstNewIndex] = useState<number | null>(null);
  const searchId = useId();
  const users = useUsers(query);
  const all = users.data?.pages.flatMap((page) => page.items) ?? [];

  // Back/forward between searches: the field follows the URL.
  useEffect(() => {
    setDraft(query);
    setFirstNewIndex(null);
  }, [query]);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = draft.trim().slice(0, MAX_QUERY_LENGTH);
    setParams(q ? { q } : {});
  };

  const loadMore = async () => {
    const count = all.length;
    const result = await users.fetchNextPage();
    if (!result.isError) setFirstNewIndex(count);
  };

  return (
    <>
      <PageHeading title={t('pages.users.title')} />
      <Paragraph>{t('pages.users.intro')}</Paragraph>
      <Paragraph>
        <RouterButtonLink to="/beheer/gebruikers/nieuw" appearance="primary-action-button">
          {t('pages.users.new')}
        </RouterButtonLink>
      </Paragraph>

      <search className="ketenhuis-search">
        <form onSubmit={search} className="ketenhuis-search__form">
          <TextField
            id={searchId}
            label={t('pages.users.searchLabel')}
            type="search"
            value={draft}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(event) => setDraft(event.target.value)}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t('pages.users.searchButton')}
          </Button>
        </form>
      </search>

      {users.isPending && <Paragraph role="status">{t('pages.users.loading')}</Paragraph>}
      {users.isError && !users.data && (
        <ErrorAlert
          heading={t('pages.users.loadError')}
          error={users.error}
          onRetry={() => void users.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {users.data && (
        <>
          <Paragraph role="status" className="ketenhuis-count">
            {query
              ? t('pages.users.countSearch', { count: all.length, query })
              : t('pages.users.count', { count: all.length })}
            {users.hasNextPage && ` ${t('pages.users.more')}`}
          </Paragraph>
          {all.length > 0 ? (
            <UsersTable users={all} firstNewIndex={firstNewIndex} />
          ) : (
            <Paragraph>{query ? t('pages.users.noMatch') : t('pages.users.empty')}</Paragraph>
          )}
          {users.isFetchNextPageError && (
            <ErrorAlert heading={t('pages.users.loadMoreError')} error={users.error} />
          )}
          {users.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={users.isFetchingNextPage}
              onClick={() => void loadMore()}
            >
              {t('pages.users.loadMore')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
