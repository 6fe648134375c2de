/**
 * Over Ketenhuis: what the software is and the principles it is built on.
 */
import { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../layout/PageHeading';

export function AboutPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('pages.about.title')} />
      <Paragraph lead>{t('pages.about.intro')}</Paragraph>

      <Heading level={2}>{t('pages.about.principlesHeading')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('pages.about.needToKnow')}</UnorderedListItem>
        <UnorderedListItem>{t('pages.about.configuration')}</UnorderedListItem>
        <UnorderedListItem>{t('pages.about.noAlgorithms')}</UnorderedListItem>
      </UnorderedList>

      <Heading level={2}>{t('pages.about.technicalHeading')}</Heading>
      <Paragraph>{t('pages.about.technical')}</Paragraph>
      <Paragraph>
        <Link href="/api/docs">{t('pages.about.apiDocsLink')}</Link>
      </Paragraph>
    </>
  );
}
