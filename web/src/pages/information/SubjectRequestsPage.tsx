/**
 * Data-subject requests (Wgs contact point; AVG Art. 12.3): for the privacy officer every request
 * with its deadline and a link to register one; for a professional the requests routed to their
 * party. Deadlines are said in words (overdue with its days), not by colour.
 */
import {
  Button,
  ButtonGroup,
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
import { useSubjectRequests } from '../../api/informationSubjectRequests';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { PageHeading } from '../../layout/PageHeading';
import { RouterButtonLink } from '../../layout/RouterButtonLink';
import { RouterLink } from '../../layout/RouterLink';
import { formatDate } from '../cases/format';
import { DeadlineMark } from './DeadlineMark';
import './information.css';

export function SubjectRequestsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const contactPoint = user?.roles.includes('privacy_officer') ?? false;
  const query = useSubjectRequests();
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const language = i18n.resolvedLanguage;
  return (
    <>
      <PageHeading title={t('cases.information.subject.list.title')} />
      <Paragraph>
        {contactPoint
          ? t('cases.information.subject.list.introContact')
          : t('cases.information.subject.list.introParty')}
      </Paragraph>
      {contactPoint && (
        <ButtonGroup>
          <RouterButtonLink to="/verzoeken-betrokkenen/nieuw" appearance="primary-action-button">
            {t('cases.information.subject.list.register')}
          </RouterButtonLink>
        </ButtonGroup>
      )}
      {query.isPending && <Paragraph role="status">{t('cases.information.subject.list.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.information.subject.list.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {query.isSuccess && rows.length === 0 && (
        <Paragraph>{t('cases.information.subject.list.empty')}</Paragraph>
      )}
      {rows.length > 0 && (
        <div className="ketenhuis-table-scroll">
          <Table className="ketenhuis-table">
            <TableCaption>{t('cases.information.subject.list.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.information.subject.list.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.subject.list.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.subject.list.received')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.subject.list.due')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.subject.list.deadline')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.subject.list.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={`/verzoeken-betrokkenen/${r.id}`}>{r.reference}</RouterLink>
                  </TableHeaderCell>
                  <TableCell>{t(`cases.information.subject.kind.${r.kind}`)}</TableCell>
                  <TableCell>{formatDate(r.deadline.receivedOn, language)}</TableCell>
                  <TableCell>{formatDate(r.deadline.effectiveDueOn, language)}</TableCell>
                  <TableCell>
                    <DeadlineMark deadline={r.deadline} />
                  </TableCell>
                  <TableCell>{t(`cases.information.subject.status.${r.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {query.hasNextPage && (
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t('cases.information.subject.list.more')}
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}
