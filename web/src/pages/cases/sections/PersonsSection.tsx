/**
 * The persons the case is about (Art. 1.5): name, BSN (when given), date of birth and address.
 * Reading them is logged by the server per person before the page receives them.
 */
import {
  Heading,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import type { CaseSectionProps } from './types';

export function PersonsSection({ value: c }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="case-persons-heading">
      <Heading level={2} id="case-persons-heading">
        {t('cases.page.persons.heading')}
      </Heading>
      <div className="ketenhuis-table-scroll">
        <Table className="ketenhuis-table">
          <TableCaption className="ketenhuis-visually-hidden">{t('cases.page.persons.heading')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('cases.page.persons.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('cases.page.persons.bsn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('cases.page.persons.birthDate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('cases.page.persons.address')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.persons.map((p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                <TableCell>{p.bsn ?? t('cases.page.persons.bsnNone')}</TableCell>
                <TableCell>{formatDate(p.birthDate, i18n.resolvedLanguage)}</TableCell>
                <TableCell>{p.address}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
