/**
 * The yearly documents (Art. 4.4, 6.4): the annual plans with which of the four required parts
 * are still missing, and the annual reports and accounts; the manager or a secretary starts one
 * for a year.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type AnnualKind, createAnnual, useAnnualPlans, useAnnualReports } from '../../api/governanceAnnual';
import { useAuth } from '../../auth/AuthProvider';
import { RouterLink } from '../../layout/RouterLink';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { useGovChange } from './parts/useGovChange';

export const KIND_SLUG: Record<AnnualKind, string> = {
  'annual-plans': 'jaarplan',
  'annual-reports': 'jaarverslag',
};

export function AnnualPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const plans = useAnnualPlans();
  const reports = useAnnualReports().data?.value.items ?? [];
  const { status, stale, change } = useGovChange();
  const writer = hasRole('manager', 'secretaris');
  const start = (kind: AnnualKind) => (
    <GovForm
      id={`${kind}-new`}
      heading={t(`governance.annual.new.${kind}`)}
      submit={t('governance.annual.start')}
      fields={[
        {
          name: 'year',
          label: t('governance.annual.year'),
          kind: 'number',
          initial: String(new Date().getFullYear() + 1),
        },
      ]}
      run={(v) => change(() => createAnnual(kind, Number(v.year)), t('governance.annual.started'))}
    />
  );
  return (
    <GovFrame
      title={t('governance.sections.annual.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={plans}
      status={status}
      stale={stale}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.sections.annual.intro')}</Paragraph>
          <section className="ketenhuis-gov-section" aria-labelledby="plans">
            <Heading level={2} id="plans">
              {t('governance.annual.plans')}
            </Heading>
            {value.items.length === 0 ? (
              <Paragraph>{t('governance.annual.none')}</Paragraph>
            ) : (
              <GovTable
                caption={t('governance.annual.plans')}
                columns={[
                  t('governance.annual.year'),
                  t('governance.overview.state'),
                  t('governance.annual.completeness'),
                ]}
                rows={value.items.map((p) => ({
                  key: p.id,
                  cells: [
                    <RouterLink key="l" to={`/bestuur/jaarstukken/jaarplan/${p.id}`}>
                      {t('governance.annual.planOf', { year: p.year })}
                    </RouterLink>,
                    t(`governance.annual.status.${p.status}`),
                    p.missing ? t('governance.annual.incomplete') : t('governance.annual.complete'),
                  ],
                }))}
              />
            )}
            {writer && start('annual-plans')}
          </section>
          <section className="ketenhuis-gov-section" aria-labelledby="reports">
            <Heading level={2} id="reports">
              {t('governance.annual.reports')}
            </Heading>
            {reports.length === 0 ? (
              <Paragraph>{t('governance.annual.none')}</Paragraph>
            ) : (
              <GovTable
                caption={t('governance.annual.reports')}
                columns={[
                  t('governance.annual.year'),
                  t('governance.overview.state'),
                  t('governance.annual.completeness'),
                ]}
                rows={reports.map((r) => ({
                  key: r.id,
                  cells: [
                    <RouterLink key="l" to={`/bestuur/jaarstukken/jaarverslag/${r.id}`}>
                      {t('governance.annual.reportOf', { year: r.year })}
                    </RouterLink>,
                    t(`governance.annual.status.${r.status}`),
                    r.missing ? t('governance.annual.incomplete') : t('governance.annual.complete'),
                  ],
                }))}
              />
            )}
            {writer && start('annual-reports')}
          </section>
        </>
      )}
    </GovFrame>
  );
}
