/**
 * The single h1 of a page. It also sets the (translated) document title, and can receive focus
 * (tabIndex -1) so that the layout can move focus to it after client-side navigation.
 */
import { Heading } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHouse } from '../api/house';

export function PageHeading({ title }: { title: string }) {
  const { t } = useTranslation();
  const { data: house } = useHouse();
  const site = house?.shortName ?? t('app.name');

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title, site });
  }, [t, title, site]);

  return (
    <Heading level={1} tabIndex={-1} className="ketenhuis-page-heading">
      {title}
    </Heading>
  );
}
