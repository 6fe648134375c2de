/**
 * Disclosure to third parties in a case (Art. 9.2, 19.1): the requests the caller may see, newest
 * first, each with its status and decisions in words, a link to its page, page by page ("Meer
 * verzoeken laden", focus on the first request loaded, the count in a live region); and for
 * participants, the form to request a disclosure of chosen items. The server decides who sees
 * which request.
 */
import {
  Button,
  ButtonGroup,
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
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionCounts, useDisclosures } from '../../../api/informationDisclosures';
import { useInformationItems } from '../../../api/informationItemCalls';
import { isLive } from '../../../api/informationItems';
import { formatDateTime } from '../../../i18n/format';
import { RouterLink } from '../../../layout/RouterLink';
import { DisclosureForm } from '../../information/DisclosureForm';
import { relationOf } from './flowData';
import { showsInformation } from './InformationSection';
import { PagedListMore, PagedListStatus } from './PagedList';
import type { CaseSectionProps } from './types';

export const showsDisclosures = showsInformation;

/** After "load more": the link of the first request just loaded. */
const firstNewLink = (table: HTMLTableElement, index: number) =>
  table.querySelector<HTMLElement>(`[data-row="${index}"] a`);

export function InformationDisclosuresSection({ value: c, onStale }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const query = useDisclosures(c.id);
  const items = useInformationItems(c.id);
  const [open, setOpen] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const list = query.data?.items ?? [];
  const tableRef = useRef<HTMLTableElement>(null);
  const live = (items.data?.items ?? []).filter(isLive);
  // The item list is paged: live items may be on a page not loaded yet.
  const mayRequest =
    relationOf(c) !== null && (live.length > 0 || items.hasNextPage) && c.status !== 'verwijderd';
  return (
    <section aria-labelledby="case-disclosures-heading">
      <Heading level={2} id="case-disclosures-heading">
        {t('cases.information.disclosure.heading')}
      </Heading>
      <Paragraph>{t('cases.information.disclosure.intro')}</Paragraph>
      <PagedListStatus query={query} texts="cases.information.disclosure" />
      {list.length > 0 && (
        <div className="ketenhuis-table-scroll">
          <Table ref={tableRef} className="ketenhuis-table">
            <TableCaption className="ketenhuis-visually-hidden">
              {t('cases.information.disclosure.caption')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.information.disclosure.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.disclosure.recipient')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.disclosure.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.disclosure.decisions')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.information.disclosure.created')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.map((d, index) => {
                const n = decisionCounts(d);
                return (
                  <TableRow key={d.id} data-row={index}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/casussen/${c.id}/verstrekkingen/${d.id}`}>{d.reference}</RouterLink>
                    </TableHeaderCell>
                    <TableCell>{d.recipient}</TableCell>
                    <TableCell>{t(`cases.information.disclosure.statuses.${d.status}`)}</TableCell>
                    <TableCell>
                      {t('cases.information.disclosure.progress', {
                        approved: n.approved,
                        refused: n.refused,
                        total: d.items.length,
                      })}
                    </TableCell>
                    <TableCell>{formatDateTime(d.createdAt, i18n.resolvedLanguage)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <PagedListMore
        query={query}
        texts="cases.information.disclosure"
        listRef={tableRef}
        firstNew={firstNewLink}
      />
      {mayRequest && !open && (
        <ButtonGroup>
          <Button
            ref={startRef}
            type="button"
            appearance="secondary-action-button"
            onClick={() => setOpen(true)}
          >
            {t('cases.information.disclosure.start')}
          </Button>
        </ButtonGroup>
      )}
      {open && (
        <DisclosureForm
          caseId={c.id}
          items={live}
          more={{
            hasMore: items.hasNextPage,
            loading: items.isFetchingNextPage,
            onLoad: () => void items.fetchNextPage(),
          }}
          onStale={onStale}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => startRef.current?.focus());
          }}
        />
      )}
    </section>
  );
}
