/**
 * Partijen: the organisations of the covenant, from GET /api/v1/parties. Filters are kept in the
 * URL (?kind=…&domain=…) so a filtered view can be bookmarked and shared. Each name leads to the
 * party's page, where functioneel beheer can change it (pages/parties/PartyPage.tsx).
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isPartyDomain, isPartyKind, useParties } from '../api/parties';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { PartiesFilter, type PartiesFilterValue } from './PartiesFilter';
import { PartiesTable } from './PartiesTable';

function useFilter(): [PartiesFilterValue, (value: PartiesFilterValue) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const domain = params.get('domain');
  const value: PartiesFilterValue = {
    kind: isPartyKind(kind) ? kind : undefined,
    domain: isPartyDomain(domain) ? domain : undefined,
  };
  const update = (next: PartiesFilterValue) => {
    const search = new URLSearchParams();
    if (next.kind) search.set('kind', next.kind);
    if (next.domain) search.set('domain', next.domain);
    setParams(search, { replace: true });
  };
  return [value, update];
}

export function PartiesPage() {
  const { t, i18n } = useTranslation();
  const parties = useParties();
  const [filter, setFilter] = useFilter();

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage, { sensitivity: 'base', numeric: true });
    return [...(parties.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  }, [parties.data, i18n.resolvedLanguage]);

  const shown = sorted.filter(
    (p) => (!filter.kind || p.kind === filter.kind) && (!filter.domain || p.domain === filter.domain),
  );
  const filtered = filter.kind !== undefined || filter.domain !== undefined;

  return (
    <>
      <PageHeading title={t('pages.parties.title')} />
      <Paragraph>{t('pages.parties.intro')}</Paragraph>

      {parties.isPending && <Paragraph role="status">{t('pages.parties.loading')}</Paragraph>}

      {parties.isError && (
        <ErrorAlert
          heading={t('pages.parties.errorHeading')}
          error={parties.error}
          onRetry={() => void parties.refetch()}
          retryLabel={t('pages.parties.retry')}
        />
      )}

      {parties.isSuccess && (
        <>
          <PartiesFilter value={filter} onChange={setFilter} />
          <Paragraph role="status" className="ketenhuis-count">
            {filtered
              ? t('pages.parties.countFiltered', { count: shown.length, total: sorted.length })
              : t('pages.parties.count', { count: sorted.length })}
          </Paragraph>
          {shown.length > 0 ? (
            <PartiesTable parties={shown} />
          ) : (
            <Paragraph>
              {sorted.length === 0 ? t('pages.parties.empty') : t('pages.parties.noMatch')}
            </Paragraph>
          )}
        </>
      )}
    </>
  );
}
