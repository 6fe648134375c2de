/**
 * The case list as a table: case number (link to the case), persons (hidden until a registration
 * is picked up), type, phase, the caller's relation and dates. After "load more", focus continues
 * at the first new row.
 */
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../api/cases';
import { formatDateTime } from '../../i18n/format';
import { RouterLink } from '../../layout/RouterLink';

export function CasesTable({
  cases,
  firstNewIndex,
}: {
  cases: readonly CaseSummary[];
  firstNewIndex: number | null;
}) {
  const { t, i18n } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const language = i18n.resolvedLanguage;

  useEffect(() => {
    if (firstNewIndex === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${firstNewIndex}"] a`)?.focus();
  }, [firstNewIndex]);

  return (
    <div className="ketenhuis-table-scroll">
      <Table ref={tableRef} className="ketenhuis-table">
        <TableCaption>{t('cases.list.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('cases.list.columns.number')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.list.columns.persons')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.list.columns.type')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.list.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.list.columns.relation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.list.columns.submitted')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.list.columns.created')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cases.map((c, index) => (
            <TableRow key={c.id} data-row={index}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/casussen/${encodeURIComponent(c.id)}`}>{c.caseNumber}</RouterLink>
              </TableHeaderCell>
              <TableCell>{c.personNames ? c.personNames.join(', ') : t('cases.list.namesHidden')}</TableCell>
              <TableCell>{t(`cases.caseType.${c.caseType}`)}</TableCell>
              <TableCell>{t(`cases.status.${c.status}`)}</TableCell>
              <TableCell>{t(`cases.relation.${c.relation}`)}</TableCell>
              <TableCell>
                {c.submittedAt ? formatDateTime(c.submittedAt, language) : t('cases.list.notSubmitted')}
              </TableCell>
              <TableCell>{formatDateTime(c.createdAt, language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
