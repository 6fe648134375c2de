/**
 * The case's information (issue 6; Art. 12.2f, 15, 16.2): the items the caller may see, each with
 * its badges, "Waarom zie ik dit?" and the caller's controls, page by page ("Meer informatie
 * laden", focus on the first item loaded, the count in a live region), and the form to provide
 * information when the server allows it. Shown to those with a role in the exchange; the server
 * decides which items exist for them (what they may not see is simply not in the list).
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../api/cases';
import { useInformationItems } from '../../../api/informationItemCalls';
import { ApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { ItemCard } from '../../information/ItemCard';
import { ItemForm } from '../../information/ItemForm';
import '../../information/information.css';
import { relationOf } from './flowData';
import type { CaseSectionProps } from './types';

/** The relations through which someone takes part in the exchange (information/rules/visibility.ts). */
export const INFORMATION_RELATIONS = ['registering', 'participant', 'coordinator', 'assigned'];

export const showsInformation = (c: Case) =>
  INFORMATION_RELATIONS.includes(relationOf(c) ?? '') && c.status !== 'verwijderd';

export function InformationSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const relation = relationOf(c);
  const query = useInformationItems(c.id);
  const items = query.data?.items ?? [];
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const paged = query.hasNextPage || (query.data?.pageCount ?? 0) > 1;
  const listRef = useRef<HTMLDivElement>(null);
  const [firstNewIndex, setFirstNewIndex] = useState<number | null>(null);

  // After "load more", focus moves to the title of the first item just loaded (as on the case list).
  useEffect(() => {
    if (firstNewIndex === null) return;
    const card = listRef.current?.querySelectorAll<HTMLElement>('article')[firstNewIndex];
    card?.querySelector<HTMLElement>('h3 a')?.focus();
  }, [firstNewIndex]);

  const loadMore = async () => {
    const count = items.length;
    const result = await query.fetchNextPage();
    if (!result.isError) setFirstNewIndex(count);
  };

  return (
    <section aria-labelledby="case-information-heading">
      <Heading level={2} id="case-information-heading">
        {t('cases.information.heading')}
      </Heading>
      <Paragraph>{t('cases.information.intro')}</Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.information.loading')}</Paragraph>}
      {query.isError && !notFound && !query.isFetchNextPageError && (
        <ErrorAlert
          heading={t('cases.information.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {(notFound || (query.isSuccess && items.length === 0)) && (
        <Paragraph>{t('cases.information.empty')}</Paragraph>
      )}
      {paged && (
        <Paragraph role="status" className="ketenhuis-count">
          {t('cases.information.count', { count: items.length })}
          {query.hasNextPage && ` ${t('cases.information.more')}`}
        </Paragraph>
      )}
      <div ref={listRef}>
        {items.map((item) => (
          <ItemCard key={item.id} item={item} relation={relation} onChanged={onChanged} />
        ))}
      </div>
      {query.isFetchNextPageError && (
        <ErrorAlert heading={t('cases.information.loadMoreError')} error={query.error} />
      )}
      {query.hasNextPage && (
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={query.isFetchingNextPage}
            onClick={() => void loadMore()}
          >
            {t('cases.information.loadMore')}
          </Button>
        </ButtonGroup>
      )}
      {query.data?.mayCreate && (
        <ItemForm value={c} house={relation === 'assigned'} onCreated={onChanged} onStale={onStale} />
      )}
    </section>
  );
}
