/**
 * The page for any address the app does not know (client-side 404).
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('pages.notFound.title')} />
      <Paragraph>{t('pages.notFound.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('pages.notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
