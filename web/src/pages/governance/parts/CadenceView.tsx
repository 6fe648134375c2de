/**
 * The cadence of one body in one year (Art. 4.2, 6.2, 6.4): the rule, how often it met and has
 * planned to, and where the rhythm is missed or at risk — in words, never by colour alone.
 */
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Cadence } from '../../../api/governanceMeetings';
import { Facts } from './Facts';
import { useFormat } from './format';

export function CadenceView({ cadence }: { cadence: Cadence }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <Facts
        items={[
          [
            t('governance.cadence.rule'),
            cadence.rule === 'min-per-year'
              ? t('governance.cadence.minPerYear', { count: cadence.required ?? 0, article: cadence.article })
              : t('governance.cadence.interval', {
                  days: cadence.intervalDays ?? 0,
                  article: cadence.article,
                }),
          ],
          [
            t('governance.cadence.counts'),
            t('governance.cadence.countsText', { held: cadence.held, planned: cadence.planned }),
          ],
          [t('governance.cadence.status'), t(`governance.cadence.statuses.${cadence.status}`)],
          [t('governance.cadence.nextDue'), f.day(cadence.nextDue)],
        ]}
      />
      {cadence.gaps.length > 0 && (
        <>
          <Paragraph>{t('governance.cadence.gapsIntro')}</Paragraph>
          <UnorderedList>
            {cadence.gaps.map((g) => (
              <UnorderedListItem key={`${g.from}-${g.dueBy}`}>
                {t(`governance.cadence.gap.${g.status}`, {
                  from: f.day(g.from),
                  dueBy: f.day(g.dueBy),
                  to: g.to ? f.day(g.to) : t('governance.cadence.notYet'),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </>
  );
}
