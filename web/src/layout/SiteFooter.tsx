/**
 * The page footer (contentinfo landmark): product name, link to the API documentation, version.
 */
import { Link, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <PageFooter className="ketenhuis-footer">
      <div className="utrecht-page-footer__content">
        <Paragraph className="ketenhuis-footer__product">{t('footer.product')}</Paragraph>
        <ul className="ketenhuis-footer__list">
          <li>
            <Link href="/api/docs">{t('footer.apiDocs')}</Link>
          </li>
          <li>{t('footer.version', { version: __KETENHUIS_VERSION__ })}</li>
          <li>{t('footer.license')}</li>
        </ul>
      </div>
    </PageFooter>
  );
}
