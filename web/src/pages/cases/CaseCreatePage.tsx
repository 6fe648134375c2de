/**
 * Nieuwe aanmelding (Art. 1.7): a professional of a party registers a case. Only professionals of
 * a party may (the server refuses others); for anyone else the page says so instead of a form.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { mayRegister } from './caseRoles';
import { RegistrationForm } from './registration/RegistrationForm';
import { emptyDraft } from './registration/registrationForm';
import './cases.css';

export function CaseCreatePage() {
  const { t } = useTranslation();
  const { user, roles } = useAuth();
  const [initial] = useState(emptyDraft);
  return (
    <>
      <PageHeading title={t('cases.form.createTitle')} />
      <Paragraph>
        <RouterLink to="/casussen">{t('cases.form.backToList')}</RouterLink>
      </Paragraph>
      {mayRegister(roles, user?.organisation.partyId ?? null) ? (
        <>
          <Paragraph>{t('cases.form.intro')}</Paragraph>
          <RegistrationForm initial={initial} />
        </>
      ) : (
        <Paragraph>{t('cases.form.notAllowed')}</Paragraph>
      )}
    </>
  );
}
