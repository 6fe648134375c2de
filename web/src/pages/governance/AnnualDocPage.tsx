/**
 * One annual plan (Art. 4.4: long-term vision, priorities, budget and accounts with report,
 * quality and information security) or annual report and accounts (6.4): each part, whether it is
 * filled in, editing while it is a draft, and putting a complete one to a meeting of the adopting
 * body (Stuurgroep, resp. annual meeting). An incomplete plan cannot be put to a vote.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  type AnnualKind,
  PLAN_PARTS,
  proposeAnnual,
  REPORT_PARTS,
  updateAnnual,
  useAnnualPlan,
  useAnnualReport,
} from '../../api/governanceAnnual';
import { useMeetings } from '../../api/governanceMeetings';
import { RouterLink } from '../../layout/RouterLink';
import { useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { useGovChange } from './parts/useGovChange';

export function AnnualDocPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { kind: slug = '', id = '' } = useParams();
  const kind: AnnualKind = slug === 'jaarverslag' ? 'annual-reports' : 'annual-plans';
  const plan = useAnnualPlan(id, kind === 'annual-plans');
  const report = useAnnualReport(id, kind === 'annual-reports');
  const query = kind === 'annual-plans' ? plan : report;
  const parts: readonly string[] = kind === 'annual-plans' ? PLAN_PARTS : REPORT_PARTS;
  const adopting = kind === 'annual-plans' ? 'stuurgroep' : 'jaarvergadering';
  const meetings = (useMeetings(new Date().getFullYear()).data?.value.items ?? []).filter(
    (m) => m.body.key === adopting && m.status === 'planned',
  );
  const { status, stale, change } = useGovChange();
  const year = query.data?.value.year;
  const label = (p: string) => t(`governance.annual.parts.${p}` as 'governance.annual.parts.report');
  return (
    <GovFrame
      title={
        year
          ? t(kind === 'annual-plans' ? 'governance.annual.planOf' : 'governance.annual.reportOf', { year })
          : t('governance.sections.annual.title')
      }
      back={{ to: '/bestuur/jaarstukken', label: t('governance.annual.backToList') }}
      query={query as typeof plan}
      status={status}
      stale={stale}
    >
      {(doc, etag) => {
        const values = doc as unknown as Record<string, string | null>;
        return (
          <>
            <Paragraph lead>
              {t('governance.accession.phase', { status: t(`governance.annual.status.${doc.status}`) })}
            </Paragraph>
            {doc.missing && <Paragraph>{t('governance.annual.missing', { missing: doc.missing })}</Paragraph>}
            {doc.adoptedAt && (
              <Paragraph>{t('governance.annual.adoptedAt', { at: f.moment(doc.adoptedAt) })}</Paragraph>
            )}
            {doc.decisionId && (
              <Paragraph>
                <RouterLink to={`/bestuur/besluiten/${doc.decisionId}`}>
                  {t('governance.annual.toDecision')}
                </RouterLink>
              </Paragraph>
            )}
            {parts.map((p) => (
              <section key={p} className="ketenhuis-gov-section" aria-labelledby={`part-${p}`}>
                <Heading level={2} id={`part-${p}`}>
                  {label(p)}
                </Heading>
                <Paragraph className="ketenhuis-gov-text">
                  {values[p]?.trim() ? values[p] : t('governance.annual.partMissing')}
                </Paragraph>
              </section>
            ))}
            {doc.permissions.includes('update') && (
              <GovForm
                id="annual-edit"
                heading={t('governance.annual.editHeading')}
                submit={t('governance.annual.save')}
                fields={parts.map((p) => ({
                  name: p,
                  label: label(p),
                  kind: 'textarea' as const,
                  optional: true,
                  initial: values[p] ?? '',
                }))}
                run={(v) =>
                  change(
                    () =>
                      updateAnnual(
                        kind,
                        doc.id,
                        Object.fromEntries(parts.map((p) => [p, v[p] ? v[p] : null])),
                        etag,
                      ),
                    t('governance.annual.saved'),
                  )
                }
              />
            )}
            {doc.permissions.includes('propose') && meetings.length > 0 && (
              <GovForm
                id="annual-propose"
                heading={t('governance.annual.proposeHeading')}
                submit={t('governance.annual.propose')}
                fields={[
                  {
                    name: 'meetingId',
                    label: t('governance.annual.meeting'),
                    kind: 'select',
                    options: meetings.map((m) => ({
                      value: m.id,
                      label: `${m.title} (${f.moment(m.startsAt)})`,
                    })),
                  },
                ]}
                run={(v) =>
                  change(
                    () => proposeAnnual(kind, doc.id, v.meetingId ?? '', etag),
                    t('governance.annual.proposed'),
                  )
                }
              />
            )}
          </>
        );
      }}
    </GovFrame>
  );
}
