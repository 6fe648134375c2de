/**
 * Finances of one year (Art. 18): budget and realisation per line with totals, and what each party
 * contributes in money or in kind (18.1: each party bears its own costs). The manager keeps them
 * (18.2) and adds lines and contributions here; the Stuurgroep's and annual meeting's members read.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type Finances,
  type FinancesInput,
  formatEuros,
  parseEuros,
  saveFinances,
  useFinances,
} from '../../api/governanceAnnual';
import { useParties } from '../../api/parties';
import { RouterLink } from '../../layout/RouterLink';
import { GovForm, InputError } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { useGovChange } from './parts/useGovChange';

/** What is recorded now, as the PUT body, so that one more line can be appended. */
export function financesInput(f: Finances): FinancesInput {
  return {
    budgetLines: f.budgetLines.map((l) => ({
      category: l.category,
      budgetCents: l.budgetCents,
      realisedCents: l.realisedCents,
    })),
    contributions: f.contributions.map((c) => ({
      partyId: c.party.id,
      kind: c.kind,
      amountCents: c.amountCents,
      description: c.description,
    })),
  };
}

export function FinancesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const year = Number(params.get('jaar')) || new Date().getFullYear();
  const query = useFinances(year);
  const parties = (useParties().data ?? []).filter((p) => p.status === 'active');
  const { status, stale, change } = useGovChange();
  const { i18n } = useTranslation();
  const eur = (cents: number | null) => (cents === null ? '' : formatEuros(cents, i18n.resolvedLanguage));
  const amount = (text: string | undefined, field: string) => {
    if (!text) return null;
    const cents = parseEuros(text);
    if (cents === undefined) throw new InputError(t('governance.finance.badAmount', { field }));
    return cents;
  };
  return (
    <GovFrame
      title={t('governance.finance.title', { year })}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(f, etag) => (
        <>
          <Paragraph>{t('governance.sections.finances.intro')}</Paragraph>
          <Paragraph>
            <RouterLink to={`/bestuur/financien?jaar=${year - 1}`}>
              {t('governance.finance.year', { year: year - 1 })}
            </RouterLink>
            {' · '}
            <RouterLink to={`/bestuur/financien?jaar=${year + 1}`}>
              {t('governance.finance.year', { year: year + 1 })}
            </RouterLink>
          </Paragraph>
          <section className="ketenhuis-gov-section" aria-labelledby="budget">
            <Heading level={2} id="budget">
              {t('governance.finance.budget')}
            </Heading>
            <Paragraph>
              {t('governance.finance.totals', {
                budget: eur(f.totals.budgetCents),
                realised: eur(f.totals.realisedCents),
                contributed: eur(f.totals.contributedCents),
              })}
            </Paragraph>
            {f.budgetLines.length === 0 ? (
              <Paragraph>{t('governance.finance.noLines')}</Paragraph>
            ) : (
              <GovTable
                caption={t('governance.finance.budgetCaption', { year })}
                columns={[
                  t('governance.finance.category'),
                  t('governance.finance.budgeted'),
                  t('governance.finance.realised'),
                ]}
                rows={f.budgetLines.map((l) => ({
                  key: l.id,
                  cells: [l.category, eur(l.budgetCents), eur(l.realisedCents)],
                }))}
              />
            )}
          </section>
          <section className="ketenhuis-gov-section" aria-labelledby="contributions">
            <Heading level={2} id="contributions">
              {t('governance.finance.contributions')}
            </Heading>
            {f.contributions.length === 0 ? (
              <Paragraph>{t('governance.finance.noContributions')}</Paragraph>
            ) : (
              <GovTable
                caption={t('governance.finance.contributionsCaption', { year })}
                columns={[
                  t('governance.consent.party'),
                  t('governance.finance.kind'),
                  t('governance.finance.amount'),
                  t('governance.finance.description'),
                ]}
                rows={f.contributions.map((c) => ({
                  key: c.id,
                  cells: [
                    c.party.name,
                    t(`governance.finance.kinds.${c.kind}`),
                    eur(c.amountCents),
                    c.description,
                  ],
                }))}
              />
            )}
          </section>
          {f.permissions.includes('update') && (
            <>
              <GovForm
                id="budget-line"
                heading={t('governance.finance.addLine')}
                submit={t('governance.finance.add')}
                fields={[
                  { name: 'category', label: t('governance.finance.category') },
                  {
                    name: 'budget',
                    label: t('governance.finance.budgeted'),
                    description: t('governance.finance.amountHelp'),
                  },
                  { name: 'realised', label: t('governance.finance.realised'), optional: true },
                ]}
                run={(v) => {
                  const line = {
                    category: v.category ?? '',
                    budgetCents: amount(v.budget, t('governance.finance.budgeted')) ?? 0,
                    realisedCents: amount(v.realised, t('governance.finance.realised')),
                  };
                  const input = financesInput(f);
                  return change(
                    () => saveFinances(year, { ...input, budgetLines: [...input.budgetLines, line] }, etag),
                    t('governance.finance.saved'),
                  );
                }}
              />
              <GovForm
                id="contribution"
                heading={t('governance.finance.addContribution')}
                submit={t('governance.finance.add')}
                fields={[
                  {
                    name: 'partyId',
                    label: t('governance.consent.party'),
                    kind: 'select',
                    options: parties.map((p) => ({ value: p.id, label: p.name })),
                  },
                  {
                    name: 'kind',
                    label: t('governance.finance.kind'),
                    kind: 'select',
                    options: (['money', 'in_kind'] as const).map((k) => ({
                      value: k,
                      label: t(`governance.finance.kinds.${k}`),
                    })),
                  },
                  {
                    name: 'amount',
                    label: t('governance.finance.amount'),
                    optional: true,
                    description: t('governance.finance.amountHelp'),
                  },
                  {
                    name: 'description',
                    label: t('governance.finance.description'),
                    kind: 'textarea',
                    optional: true,
                  },
                ]}
                run={(v) => {
                  const c = {
                    partyId: v.partyId ?? '',
                    kind: v.kind === 'in_kind' ? ('in_kind' as const) : ('money' as const),
                    amountCents: amount(v.amount, t('governance.finance.amount')),
                    description: v.description ?? '',
                  };
                  const input = financesInput(f);
                  return change(
                    () => saveFinances(year, { ...input, contributions: [...input.contributions, c] }, etag),
                    t('governance.finance.saved'),
                  );
                }}
              />
            </>
          )}
        </>
      )}
    </GovFrame>
  );
}
