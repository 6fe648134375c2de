/**
 * A list in a case section that loads page by page, around the list itself. Above it
 * (`PagedListStatus`): loading, a load error with retry, "none yet" (also for a 404: what the
 * caller may not see does not exist) and, once there is more than one page, the count in a live
 * region. Below it (`PagedListMore`): "load more" with its busy state and its own error; after
 * loading, focus moves to the first entry just loaded (as on the case list), which `firstNew`
 * finds in the element `listRef` points at. The texts are `loading`, `loadError`, `empty`,
 * `count`, `more`, `loadMoreError` and `loadMore` under the section's key.
 */
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../layout/ErrorAlert';

/** The translation keys under which each paged section has its texts. */
type PagedTexts = 'cases.information' | 'cases.information.disclosure';

type PagedQuery = Pick<
  UseInfiniteQueryResult<{ items: readonly unknown[]; pageCount: number }>,
  | 'data'
  | 'error'
  | 'isPending'
  | 'isError'
  | 'isSuccess'
  | 'hasNextPage'
  | 'isFetchingNextPage'
  | 'isFetchNextPageError'
  | 'fetchNextPage'
  | 'refetch'
>;

export function PagedListStatus({ query, texts }: { query: PagedQuery; texts: PagedTexts }) {
  const { t } = useTranslation();
  const count = query.data?.items.length ?? 0;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const paged = query.hasNextPage || (query.data?.pageCount ?? 0) > 1;
  return (
    <>
      {query.isPending && <Paragraph role="status">{t(`${texts}.loading`)}</Paragraph>}
      {query.isError && !notFound && !query.isFetchNextPageError && (
        <ErrorAlert
          heading={t(`${texts}.loadError`)}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {(notFound || (query.isSuccess && count === 0)) && <Paragraph>{t(`${texts}.empty`)}</Paragraph>}
      {paged && (
        <Paragraph role="status" className="ketenhuis-count">
          {t(`${texts}.count`, { count })}
          {query.hasNextPage && ` ${t(`${texts}.more`)}`}
        </Paragraph>
      )}
    </>
  );
}

interface MoreProps<E extends HTMLElement> {
  query: PagedQuery;
  texts: PagedTexts;
  listRef: RefObject<E | null>;
  /** The element to focus in the list: that of entry `index`, the first one loaded. Keep it stable. */
  firstNew: (list: E, index: number) => HTMLElement | null | undefined;
}

export function PagedListMore<E extends HTMLElement>({ query, texts, listRef, firstNew }: MoreProps<E>) {
  const { t } = useTranslation();
  const [firstNewIndex, setFirstNewIndex] = useState<number | null>(null);
  const busy = query.isFetchingNextPage;

  useEffect(() => {
    if (firstNewIndex === null || !listRef.current) return;
    firstNew(listRef.current, firstNewIndex)?.focus();
  }, [firstNewIndex, listRef, firstNew]);

  const loadMore = () => {
    const count = query.data?.items.length ?? 0;
    void query.fetchNextPage().then((result) => {
      if (!result.isError) setFirstNewIndex(count);
    });
  };

  return (
    <>
      {query.isFetchNextPageError && <ErrorAlert heading={t(`${texts}.loadMoreError`)} error={query.error} />}
      {query.hasNextPage && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" busy={busy} onClick={loadMore}>
            {t(`${texts}.loadMore`)}
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}
