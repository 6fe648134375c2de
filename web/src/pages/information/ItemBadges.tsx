/**
 * The badges of an information item (Art. 12.2f, 15.2–15.3, 16.2): its legal regime, who may see
 * it, whether it may be used in the action plan, reading before the conference, expiry and
 * withdrawal. Each badge is a word in a box (a list, read as such), never colour alone (WCAG 1.4.1).
 */
import { useTranslation } from 'react-i18next';
import type { ItemSummary } from '../../api/informationItems';
import { formatDateTime } from '../../i18n/format';

type Badged = Pick<
  ItemSummary,
  | 'regime'
  | 'visibility'
  | 'useInActionPlan'
  | 'preConference'
  | 'expiresAt'
  | 'expired'
  | 'withdrawnAt'
  | 'attachmentCount'
>;

export function ItemBadges({ item, label }: { item: Badged; label: string }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.resolvedLanguage);
  const badges: { key: string; text: string; strong?: boolean }[] = [
    {
      key: 'regime',
      text: t(`cases.information.regime.${item.regime}`),
      strong: item.regime !== 'gewoon',
    },
    { key: 'visibility', text: t(`cases.information.badges.visibility.${item.visibility}`) },
    {
      key: 'plan',
      text: item.useInActionPlan
        ? t('cases.information.badges.actionPlanYes')
        : t('cases.information.badges.actionPlanNo'),
    },
    { key: 'pre', text: t(`cases.information.badges.preConference.${item.preConference}`) },
  ];
  if (item.withdrawnAt !== null)
    badges.push({ key: 'withdrawn', text: t('cases.information.badges.withdrawn'), strong: true });
  else if (item.expiresAt !== null)
    badges.push(
      item.expired
        ? { key: 'expiry', text: t('cases.information.badges.expired'), strong: true }
        : { key: 'expiry', text: t('cases.information.badges.expires', { date: date(item.expiresAt) }) },
    );
  if (item.attachmentCount > 0)
    badges.push({
      key: 'files',
      text: t('cases.information.badges.attachments', { count: item.attachmentCount }),
    });
  return (
    <ul className="ketenhuis-item-badges" aria-label={label}>
      {badges.map((b) => (
        <li key={b.key}>
          <span className={`ketenhuis-item-badge${b.strong ? ' ketenhuis-item-badge--strong' : ''}`}>
            {b.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The regime badge alone, as ItemBadges draws it (Art. 15.2): for a list that shows no other
 * badges, such as the items of a disclosure request (Art. 9.2). Strong for every regime but gewoon.
 */
export function RegimeBadge({ regime }: Pick<ItemSummary, 'regime'>) {
  const { t } = useTranslation();
  return (
    <span className={`ketenhuis-item-badge${regime !== 'gewoon' ? ' ketenhuis-item-badge--strong' : ''}`}>
      {t(`cases.information.regime.${regime}`)}
    </span>
  );
}
