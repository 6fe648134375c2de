/**
 * Bestuur: the covenant's current term and next renewal (Art. 23.1), the workflows still open
 * (accession, withdrawal and exclusion, disputes, statements), the caller's own seats, and the way
 * to the governance screens they may use (GET /me/governance): nothing is asked that would answer
 * 404, and a user without a seat is told so.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  useAccessions,
  useDisputes,
  useStatements,
  useTerm,
  useTerminations,
} from '../../api/governanceMembership';
import { type MyGovernance, mayUseSection, useMyGovernance } from '../../api/governanceSeats';
import { RouterLink } from '../../layout/RouterLink';
import { Facts } from './parts/Facts';
import { useFormat } from './parts/format';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { MySeats } from './parts/MySeats';

export const SECTIONS = [
  'accessions',
  'versions',
  'terminations',
  'disputes',
  'statements',
  'meetings',
  'mandates',
  'annual',
  'finances',
] as const;
export const SECTION_PATHS: Record<(typeof SECTIONS)[number], string> = {
  accessions: '/bestuur/toetredingen',
  versions: '/bestuur/convenant',
  terminations: '/bestuur/beeindiging',
  disputes: '/bestuur/geschillen',
  statements: '/bestuur/verklaringen',
  meetings: '/bestuur/vergaderingen',
  mandates: '/bestuur/mandaten',
  annual: '/bestuur/jaarstukken',
  finances: '/bestuur/financien',
};

function OpenWorkflows({ mine }: { mine: MyGovernance }) {
  const { t } = useTranslation();
  const f = useFormat();
  // The records of membership are for the secretary, the manager and the parties' delegates (Art. 10.1).
  const reader = mine.permissions.includes('read-membership-records');
  const accessions = useAccessions(reader).data?.value.items ?? [];
  const terminations = useTerminations(reader).data?.value.items ?? [];
  const disputes = useDisputes(mine.permissions.includes('raise-disputes')).data?.value.items ?? [];
  const statements = useStatements(reader).data?.value.items ?? [];
  const rows = [
    ...accessions
      .filter((a) => a.status !== 'acceded' && a.status !== 'refused')
      .map((a) => ({
        key: a.id,
        cells: [
          <RouterLink key="l" to={`/bestuur/toetredingen/${a.id}`}>
            {t('governance.overview.accessionOf', { name: a.party.name })}
          </RouterLink>,
          t(`governance.accession.status.${a.status}`),
          f.day(a.receivedOn),
        ],
      })),
    ...terminations
      .filter((x) => x.status === 'announced' || x.status === 'in_default')
      .map((x) => ({
        key: x.id,
        cells: [
          <RouterLink key="l" to={`/bestuur/beeindiging/${x.id}`}>
            {t(`governance.termination.kindOf.${x.kind}`, { name: x.party.name })}
          </RouterLink>,
          t(`governance.termination.status.${x.status}`),
          f.day(x.notice.on),
        ],
      })),
    ...disputes
      .filter((d) => d.status === 'open')
      .map((d) => ({
        key: d.id,
        cells: [
          <RouterLink key="l" to={`/bestuur/geschillen/${d.id}`}>
            {t(`governance.dispute.subject.${d.subject}`)}
          </RouterLink>,
          t('governance.dispute.at', { forum: t(`governance.dispute.forum.${d.forum}`) }),
          f.moment(d.createdAt),
        ],
      })),
    ...statements
      .filter((s) => s.status === 'proposed')
      .map((s) => ({
        key: s.id,
        cells: [
          <RouterLink key="l" to={`/bestuur/verklaringen/${s.id}`}>
            {s.title}
          </RouterLink>,
          t(`governance.statement.status.${s.status}`),
          f.moment(s.createdAt),
        ],
      })),
  ];
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="gov-open">
      <Heading level={2} id="gov-open">
        {t('governance.overview.openHeading')}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('governance.overview.noneOpen')}</Paragraph>
      ) : (
        <GovTable
          caption={t('governance.overview.openCaption')}
          columns={[
            t('governance.overview.what'),
            t('governance.overview.state'),
            t('governance.overview.since'),
          ]}
          rows={rows}
        />
      )}
    </section>
  );
}

export function GovernancePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const term = useTerm();
  const mine = useMyGovernance().data?.value;
  const sections = mine ? SECTIONS.filter((s) => mayUseSection(s, mine)) : [];
  return (
    <GovFrame title={t('governance.overview.title')} query={term}>
      {(value) => (
        <>
          <Paragraph lead>{t('governance.overview.intro')}</Paragraph>
          <section className="ketenhuis-gov-section" aria-labelledby="gov-term">
            <Heading level={2} id="gov-term">
              {t('governance.term.title')}
            </Heading>
            <Facts
              items={[
                [t('governance.term.effectiveFrom'), f.day(value.effectiveFrom)],
                [
                  t('governance.term.period'),
                  value.period
                    ? t(`governance.term.periodText.${value.period.kind}`, {
                        number: value.period.number,
                        start: f.day(value.period.start),
                        end: f.day(value.period.end),
                      })
                    : t('governance.term.notInForce'),
                ],
                [t('governance.term.nextRenewal'), f.day(value.nextRenewal)],
              ]}
            />
            <Paragraph>
              {t('governance.term.rule', {
                initial: value.initialTermYears,
                renewal: value.renewalTermYears,
              })}
            </Paragraph>
          </section>
          {mine && <MySeats mine={mine} />}
          {mine && <OpenWorkflows mine={mine} />}
          {mine && (
            <nav className="ketenhuis-gov-section" aria-labelledby="gov-sections">
              <Heading level={2} id="gov-sections">
                {t('governance.overview.sectionsHeading')}
              </Heading>
              {sections.length === 0 ? (
                <Paragraph>{t('governance.mine.noSections')}</Paragraph>
              ) : (
                <ul className="ketenhuis-gov-links">
                  {sections.map((s) => (
                    <li key={s}>
                      <RouterLink to={SECTION_PATHS[s]}>{t(`governance.sections.${s}.title`)}</RouterLink>
                      <Paragraph small>{t(`governance.sections.${s}.intro`)}</Paragraph>
                    </li>
                  ))}
                </ul>
              )}
            </nav>
          )}
        </>
      )}
    </GovFrame>
  );
}
