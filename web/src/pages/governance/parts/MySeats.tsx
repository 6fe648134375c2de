/**
 * "Uw zetels" on the Bestuur overview: the bodies the user sits in, their role there, the parties
 * whose vote they cast (Art. 5.4) and what the seat asks of them — or, without a seat, a clear
 * statement of that and of who records seats, instead of screens that answer "not found".
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyGovernance, Seat } from '../../../api/governanceSeats';
import { GovTable } from './GovTable';

function useTasks() {
  const { t } = useTranslation();
  return (s: Seat): string => {
    if (s.mayManageMeetings) return t('governance.mine.manages');
    if (s.mayVote) return t('governance.mine.votes');
    return t('governance.mine.advisory');
  };
}

export function MySeats({ mine }: { mine: MyGovernance }) {
  const { t } = useTranslation();
  const tasks = useTasks();
  return (
    <section className="ketenhuis-gov-section" aria-labelledby="gov-mine">
      <Heading level={2} id="gov-mine">
        {t('governance.mine.heading')}
      </Heading>
      {mine.items.length === 0 ? (
        <>
          <Paragraph>{t('governance.mine.none')}</Paragraph>
          <Paragraph>{t('governance.mine.whoDecides')}</Paragraph>
        </>
      ) : (
        <GovTable
          caption={t('governance.mine.caption')}
          columns={[
            t('governance.mine.body'),
            t('governance.mine.role'),
            t('governance.mine.votesFor'),
            t('governance.mine.tasks'),
          ]}
          rows={mine.items.map((s) => ({
            key: s.body.id,
            cells: [
              s.body.name,
              t(`governance.mine.roles.${s.role}`),
              s.votesFor.length ? s.votesFor.map((p) => p.name).join(', ') : t('governance.mine.noVotes'),
              tasks(s),
            ],
          }))}
        />
      )}
    </section>
  );
}
