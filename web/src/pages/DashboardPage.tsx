/**
 * Overzicht (dashboard): the house's name, the number of unread notifications, the user's tasks in
 * the case flow ("Mijn taken", per role) and the three functions of the house (Art. 2.2).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHouse } from '../api/house';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';
import { MyTasks } from './cases/MyTasks';
import { UnreadNotice } from './cases/UnreadNotice';

const FUNCTIONS = [
  { key: 'conferences', path: '/overleggen' },
  { key: 'expertise', path: '/expertisecentrum' },
  { key: 'trends', path: '/trends' },
] as const;

export function DashboardPage() {
  const { t } = useTranslation();
  const { data: house } = useHouse();

  return (
    <>
      <PageHeading title={t('pages.dashboard.title')} />
      <Paragraph lead>
        {t('pages.dashboard.lead', { house: house?.name ?? t('app.houseFallback') })}
      </Paragraph>
      {house && (
        <Paragraph>{t('pages.dashboard.centrumgemeente', { name: house.centrumgemeente.name })}</Paragraph>
      )}

      <UnreadNotice />
      <MyTasks />

      <section aria-labelledby="functions-heading">
        <Heading level={2} id="functions-heading">
          {t('pages.dashboard.functionsHeading')}
        </Heading>
        <Paragraph>{t('pages.dashboard.functionsIntro')}</Paragraph>
        <ol className="ketenhuis-functions">
          {FUNCTIONS.map(({ key, path }) => (
            <li key={key} className="ketenhuis-functions__item">
              <Heading level={3}>{t(`pages.dashboard.${key}.heading`)}</Heading>
              <Paragraph>{t(`pages.dashboard.${key}.text`)}</Paragraph>
              <Paragraph>
                <RouterLink to={path}>{t(`pages.dashboard.${key}.link`)}</RouterLink>
              </Paragraph>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
