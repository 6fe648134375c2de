/**
 * The case's information (issue 6; Art. 12.2f, 15, 16.2): the items the caller may see, each with
 * its badges, "Waarom zie ik dit?" and the caller's controls, page by page ("Meer informatie
 * laden", focus on the first item loaded, the count in a live region), and the form to provide
 * information when the server allows it. Shown to those with a role in the exchange; the server
 * decides which items exist for them (what they may not see is simply not in the list).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../api/cases';
import { useInformationItems } from '../../../api/informationItemCalls';
import { ItemCard } from '../../information/ItemCard';
import { ItemForm } from '../../information/ItemForm';
import '../../information/information.css';
import { relationOf } from './flowData';
import { PagedListMore, PagedListStatus } from './PagedList';
import type { CaseSectionProps } from './types';

/** The relations through which someone takes part in the exchange (information/rules/visibility.ts). */
export const INFORMATION_RELATIONS = ['registering', 'participant', 'coordinator', 'assigned'];

export const showsInformation = (c: Case) =>
  INFORMATION_RELATIONS.includes(relationOf(c) ?? '') && c.status !== 'verwijderd';

/** After "load more": the title link of the first item just loaded. */
const firstNewTitle = (list: HTMLDivElement, index: number) =>
  list.querySelectorAll<HTMLElement>('article')[index]?.querySelector<HTMLElement>('h3 a');

export function InformationSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const relation = relationOf(c);
  const query = useInformationItems(c.id);
  const items = query.data?.items ?? [];
  const listRef = useRef<HTMLDivElement>(null);

  return (
    <section aria-labelledby="case-information-heading">
      <Heading level={2} id="case-information-heading">
        {t('cases.information.heading')}
      </Heading>
      <Paragraph>{t('cases.information.intro')}</Paragraph>
      <PagedListStatus query={query} texts="cases.information" />
      <div ref={listRef}>
        {items.map((item) => (
          <ItemCard key={item.id} item={item} relation={relation} onChanged={onChanged} />
        ))}
      </div>
      <PagedListMore query={query} texts="cases.information" listRef={listRef} firstNew={firstNewTitle} />
      {query.data?.mayCreate && (
        <ItemForm value={c} house={relation === 'assigned'} onCreated={onChanged} onStale={onStale} />
      )}
    </section>
  );
}
