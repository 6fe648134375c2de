/**
 * Opens a governance section only to users the server lets use it (GET /me/governance): anyone
 * else gets a clear explanation instead of the page, whose requests would only answer 404
 * (Art. 5.7, 7.5). If the seats cannot be read, the page opens and its own answers decide.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type GovSection, mayUseSection, SECTION_NEEDS, useMyGovernance } from '../../../api/governanceSeats';
import { PageHeading } from '../../../layout/PageHeading';
import { RouterLink } from '../../../layout/RouterLink';
import '../governance.css';

export function GovGate({ section, children }: { section: GovSection; children: ReactNode }) {
  const { t } = useTranslation();
  const mine = useMyGovernance();
  const title = t(`governance.sections.${section}.title`);
  if (mine.isPending)
    return (
      <>
        <PageHeading title={title} />
        <Paragraph role="status">{t('governance.common.loading')}</Paragraph>
      </>
    );
  if (!mine.data || mayUseSection(section, mine.data.value)) return children;
  return (
    <>
      <PageHeading title={title} />
      <Paragraph>
        <RouterLink to="/bestuur">{t('governance.common.back')}</RouterLink>
      </Paragraph>
      <section className="ketenhuis-gov-section" aria-labelledby="gov-no-access">
        <Heading level={2} id="gov-no-access">
          {t('governance.access.title')}
        </Heading>
        <Paragraph>{t(`governance.access.${SECTION_NEEDS[section]}`)}</Paragraph>
        {SECTION_NEEDS[section] === 'seat' && <Paragraph>{t('governance.mine.whoDecides')}</Paragraph>}
      </section>
    </>
  );
}
