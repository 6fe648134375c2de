/**
 * "Bevragingen voor mijn partij" (Art. 1.8): the information requests addressed to the
 * professional's party, open or answered, by deadline. A request past its deadline is marked in
 * words. Each opens the answer page; the professional sees only what the request shows, not the
 * case itself.
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
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePartyRequests } from '../../../api/caseFlowTriage';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { PageHeading } from '../../../layout/PageHeading';
import { RouterLink } from '../../../layout/RouterLink';
import { formatDate } from '../format';
import { OverdueMark } from '../sections/flowFields';
import '../cases.css';

export function PartyRequestsPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const status = params.get('status') === 'answered' ? 'answered' : 'open';
  const query = usePartyRequests(status);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const other = status === 'open' ? 'answered' : 'open';
  return (
    <>
      <PageHeading title={t('cases.flow.party.title')} />
      <Paragraph>{t('cases.flow.party.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to={other === 'open' ? '/bevragingen' : '/bevragingen?status=answered'}>
          {t(`cases.flow.party.show.${other}`)}
        </RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {query.isError && !query.data && (
        <ErrorAlert
          heading={t('cases.flow.party.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {query.isSuccess && items.length === 0 && (
        <Paragraph>{t(`cases.flow.party.empty.${status}`)}</Paragraph>
      )}
      {items.length > 0 && (
        <div className="ketenhuis-table-scroll">
          <Table className="ketenhuis-table">
            <TableCaption>{t(`cases.flow.party.caption.${status}`)}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.flow.party.columns.case')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.party.columns.deadline')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.party.columns.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={`/bevragingen/${encodeURIComponent(r.id)}`}>
                      {t('cases.flow.party.link', { number: r.caseNumber })}
                    </RouterLink>
                  </TableHeaderCell>
                  <TableCell>
                    {formatDate(r.deadline, i18n.resolvedLanguage)}
                    {r.overdue && <OverdueMark />}
                  </TableCell>
                  <TableCell>{t(`cases.flow.requests.statuses.${r.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {query.hasNextPage && (
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t('cases.flow.party.more')}
        </Button>
      )}
    </>
  );
}
