/**
 * The parties as a table: name (row header, a link to the party's page), kind, domain and status,
 * with enum values translated.
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
import { useTranslation } from 'react-i18next';
import type { Party } from '../api/parties';
import { RouterLink } from '../layout/RouterLink';

export function PartiesTable({ parties }: { parties: readonly Party[] }) {
  const { t } = useTranslation();
  return (
    <div className="ketenhuis-table-scroll">
      <Table className="ketenhuis-parties-table">
        <TableCaption>{t('pages.parties.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('pages.parties.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.parties.columns.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.parties.columns.domain')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.parties.columns.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {parties.map((party) => (
            <TableRow key={party.id}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/partijen/${encodeURIComponent(party.id)}`}>{party.name}</RouterLink>
              </TableHeaderCell>
              <TableCell>{t(`enums.partyKind.${party.kind}`)}</TableCell>
              <TableCell>{t(`enums.partyDomain.${party.domain}`)}</TableCell>
              <TableCell>{t(`enums.partyStatus.${party.status}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
