/**
 * The manager's overview (Art. 11.3): how many cases are in each phase, per registering party and
 * per month of registration, how many actions are overdue, how many dossiers wait for their scrub,
 * and which cases are escalated (Art. 11.3d) — counts and metadata only, never a person or a text.
 * An escalated case opens for the manager; others do not exist for them (404).
 */
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { formatMonth, useManagerOverview } from '../../api/caseFlowManager';
import { CASE_STATUSES } from '../../api/cases';
import { useProtocols } from '../../api/casesRequests';
import { useParties } from '../../api/parties';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { formatDate } from '../cases/format';
import '../cases/cases.css';

function CountTable({
  id,
  caption,
  head,
  rows,
}: {
  id: string;
  caption: string;
  head: [string, string];
  rows: [ReactNode, number, string][];
}) {
  return (
    <div className="ketenhuis-table-scroll">
      <Table className="ketenhuis-table" id={id}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{head[0]}</TableHeaderCell>
            <TableHeaderCell scope="col">{head[1]}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, count, key]) => (
            <TableRow key={key}>
              <TableHeaderCell scope="row">{label}</TableHeaderCell>
              <TableCell>{count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function ManagerOverviewPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const query = useManagerOverview();
  const location = useLocation();
  const state = location.state as { resolved?: unknown } | null;
  const resolved = typeof state?.resolved === 'string' ? state.resolved : null;
  const parties = useParties();
  const protocols = useProtocols();
  const o = query.data;
  const partyName = (id: string) => parties.data?.find((p) => p.id === id)?.name ?? '…';
  const head = (what: string): [string, string] => [what, t('cases.manager.count')];
  return (
    <>
      <PageHeading title={t('cases.manager.title')} />
      <Paragraph>{t('cases.manager.intro')}</Paragraph>
      <LiveStatus message={resolved && t('cases.manager.resolved', { number: resolved })} />
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.manager.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {o && (
        <>
          <Heading level={2}>{t('cases.manager.signals')}</Heading>
          <ul>
            <li>
              {t('cases.manager.overdue', { count: o.overdueActions, date: formatDate(o.today, language) })}
            </li>
            <li>{t('cases.manager.scrubPending', { count: o.scrubPending })}</li>
            <li>{t('cases.manager.escalatedCount', { count: o.escalated.length })}</li>
          </ul>
          <Heading level={2}>{t('cases.manager.escalated')}</Heading>
          {o.escalated.length === 0 ? (
            <Paragraph>{t('cases.manager.noneEscalated')}</Paragraph>
          ) : (
            <div className="ketenhuis-table-scroll">
              <Table className="ketenhuis-table">
                <TableCaption>{t('cases.manager.escalatedCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('cases.manager.columns.case')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('cases.manager.columns.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('cases.manager.columns.protocol')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('cases.manager.columns.escalatedAt')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {o.escalated.map((e) => (
                    <TableRow key={e.caseId}>
                      <TableHeaderCell scope="row">
                        <RouterLink to={`/casussen/${encodeURIComponent(e.caseId)}`}>
                          {e.caseNumber}
                        </RouterLink>
                      </TableHeaderCell>
                      <TableCell>{t(`cases.status.${e.status}`)}</TableCell>
                      <TableCell>
                        {protocols.data?.find((p) => p.key === e.protocolKey)?.name ?? e.protocolKey}
                      </TableCell>
                      <TableCell>{formatDateTime(e.escalatedAt, language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Heading level={2}>{t('cases.manager.figures')}</Heading>
          <CountTable
            id="manager-by-phase"
            caption={t('cases.manager.byPhase')}
            head={head(t('cases.manager.columns.status'))}
            rows={[...o.byPhase]
              .sort((x, y) => CASE_STATUSES.indexOf(x.status) - CASE_STATUSES.indexOf(y.status))
              .map((r) => [t(`cases.status.${r.status}`), r.count, r.status])}
          />
          <CountTable
            id="manager-by-party"
            caption={t('cases.manager.byParty')}
            head={head(t('cases.manager.columns.party'))}
            rows={o.byRegisteringParty.map((r) => [partyName(r.partyId), r.count, r.partyId])}
          />
          <CountTable
            id="manager-by-month"
            caption={t('cases.manager.byMonth')}
            head={head(t('cases.manager.columns.month'))}
            rows={o.byMonth.map((r) => [formatMonth(r.month, language), r.count, r.month])}
          />
        </>
      )}
    </>
  );
}
