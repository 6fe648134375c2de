/**
 * The next triage (Art. 1.8, 12.2b; the weekly schedule is configuration): the cases in triage
 * with the triage moment the schedule gives each, and how their bevragingen stand (open,
 * answered, overdue). For the procesregisseur and the informatiecentrum; others get the server's
 * refusal.
 */
import {
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
import { useNextTriage } from '../../../api/caseFlowTriage';
import { useProtocols } from '../../../api/casesRequests';
import { formatDateTime } from '../../../i18n/format';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { PageHeading } from '../../../layout/PageHeading';
import { RouterLink } from '../../../layout/RouterLink';
import { OverdueMark } from '../sections/flowFields';
import '../cases.css';

export function NextTriagePage() {
  const { t, i18n } = useTranslation();
  const query = useNextTriage();
  const protocols = useProtocols();
  const items = query.data?.items ?? [];
  const language = i18n.resolvedLanguage;
  return (
    <>
      <PageHeading title={t('cases.flow.nextTriage.title')} />
      <Paragraph>{t('cases.flow.nextTriage.intro')}</Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.flow.nextTriage.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {query.isSuccess && items.length === 0 && <Paragraph>{t('cases.flow.nextTriage.empty')}</Paragraph>}
      {items.length > 0 && (
        <div className="ketenhuis-table-scroll">
          <Table className="ketenhuis-table">
            <TableCaption>{t('cases.flow.nextTriage.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.flow.nextTriage.columns.case')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.nextTriage.columns.triageAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.nextTriage.columns.protocol')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.flow.nextTriage.columns.requests')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={`/casussen/${encodeURIComponent(item.id)}`}>{item.caseNumber}</RouterLink>
                  </TableHeaderCell>
                  <TableCell>{formatDateTime(item.triageAt, language)}</TableCell>
                  <TableCell>
                    {protocols.data?.find((p) => p.key === item.protocolKey)?.name ?? item.protocolKey}
                  </TableCell>
                  <TableCell>
                    {t('cases.flow.nextTriage.requests', {
                      open: item.openRequests,
                      answered: item.answeredRequests,
                    })}
                    {item.overdueRequests > 0 && <OverdueMark />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
