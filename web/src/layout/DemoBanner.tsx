/**
 * A clearly visible notice that this deployment runs with demo data (house mode "demo").
 */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Alert type="warning" role="note" className="ketenhuis-demo-banner">
      <Paragraph>
        <strong className="ketenhuis-demo-banner__label">{t('demo.label')}</strong> {t('demo.text')}
      </Paragraph>
    </Alert>
  );
}
