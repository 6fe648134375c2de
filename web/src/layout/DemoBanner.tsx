/**
 * A clearly visible notice that this deployment runs with demo data (house mode "demo"), and,
 * for a demo account, that it logs in without the second factor.
 */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function DemoBanner({ demoAccount = false }: { demoAccount?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning" role="note" className="ketenhuis-demo-banner">
      <Paragraph>
        <strong className="ketenhuis-demo-banner__label">{t('demo.label')}</strong> {t('demo.text')}
      </Paragraph>
      {demoAccount && <Paragraph>{t('demo.account')}</Paragraph>}
    </Alert>
  );
}
