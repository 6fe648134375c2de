/**
 * An honest placeholder for a part of Ketenhuis that has not been built yet: what it will be for,
 * and that it is not there yet. No example or fake data.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';

export type PlaceholderSection = 'cases' | 'conferences' | 'expertise' | 'trends';

export function PlaceholderPage({ section }: { section: PlaceholderSection }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t(`pages.${section}.title`)} />
      <Paragraph>{t(`pages.${section}.intro`)}</Paragraph>
      <Paragraph>{t('pages.placeholder.notBuilt')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('pages.placeholder.backHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
