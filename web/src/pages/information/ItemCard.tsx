/**
 * One information item in a case's list (Art. 16.2): its title (a link to the item), who provided
 * it and when, its badges, "Waarom zie ik dit?", and the caller's controls. A withdrawn or expired
 * item (seen by its provider only) gets a dashed border as well as a badge saying so in words.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type ItemSummary, isLive } from '../../api/informationItems';
import { formatDateTime } from '../../i18n/format';
import { RouterLink } from '../../layout/RouterLink';
import { usePartyNames } from '../cases/sections/flowData';
import { ItemBadges } from './ItemBadges';
import { ItemControls } from './ItemControls';
import { WhyVisible } from './WhyVisible';

interface Props {
  item: ItemSummary;
  relation: string | null;
  onChanged: (message: string) => Promise<void>;
}

export function ItemCard({ item, relation, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const partyName = usePartyNames();
  const headingId = `item-${item.id}-heading`;
  const date = formatDateTime(item.createdAt, i18n.resolvedLanguage);
  return (
    <article
      aria-labelledby={headingId}
      className={`ketenhuis-item-card${isLive(item) ? '' : ' ketenhuis-item-card--inactive'}`}
    >
      <Heading level={3} id={headingId}>
        <RouterLink to={`/casussen/${item.caseId}/informatie/${item.id}`}>{item.title}</RouterLink>
      </Heading>
      <Paragraph>
        {item.providerKind === 'house'
          ? t('cases.information.providedByHouse', { date })
          : t('cases.information.providedBy', { party: partyName(item.providerPartyId), date })}
      </Paragraph>
      <ItemBadges item={item} label={t('cases.information.badgesLabel', { title: item.title })} />
      <WhyVisible item={item} relation={relation} />
      <ItemControls item={item} onChanged={onChanged} />
    </article>
  );
}
