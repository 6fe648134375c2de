/**
 * Concept wijzigen (Art. 1.7): the registering professional changes their draft. The draft is
 * loaded with its version; saving sends only what changed, with If-Match. Once the case is no
 * longer a draft (or the user may not edit it), the page says so and links back to the case.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { can } from '../../api/cases';
import { useCase } from '../../api/casesRequests';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { RegistrationForm } from './registration/RegistrationForm';
import { fromCase, toInput } from './registration/registrationForm';
import './cases.css';

export function CaseEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useCase(id);
  const loaded = query.data?.value;
  // The form starts from the version that was loaded; a reload (after a 412) remounts it.
  const initial = useMemo(() => (loaded ? fromCase(loaded) : null), [loaded]);
  const title = loaded
    ? t('cases.form.editTitle', { number: loaded.caseNumber })
    : t('cases.form.editTitleLoading');

  return (
    <>
      <PageHeading title={title} />
      <Paragraph>
        <RouterLink to={`/casussen/${encodeURIComponent(id)}`}>{t('cases.form.backToCase')}</RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.page.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.form.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {loaded && initial && !can(loaded, 'edit') && <Paragraph>{t('cases.form.notEditable')}</Paragraph>}
      {loaded && initial && can(loaded, 'edit') && (
        <RegistrationForm
          key={loaded.version}
          initial={initial}
          existing={{ id: loaded.id, version: loaded.version, input: toInput(fromCase(loaded)) }}
          onReload={() => void query.refetch()}
        />
      )}
    </>
  );
}
