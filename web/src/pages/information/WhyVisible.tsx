/**
 * "Waarom zie ik dit?" on every item (Art. 16.2, 12.2f): a native disclosure (<details>, keyboard
 * and screen-reader friendly without script) with the server's reason first, then what follows
 * from the provider's conditions, marked as derived from them (informationExplain.ts).
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { explainItem } from '../../api/informationExplain';
import type { ItemSummary } from '../../api/informationItems';
import { formatDateTime } from '../../i18n/format';
import { usePartyNames } from '../cases/sections/flowData';

const RELATIONS = ['registering', 'participant', 'coordinator', 'assigned'] as const;

export function WhyVisible({
  item,
  relation,
}: {
  item: Omit<ItemSummary, 'attachmentCount'>;
  relation: string | null;
}) {
  const { t, i18n } = useTranslation();
  const partyName = usePartyNames();
  const known = RELATIONS.find((r) => r === relation);
  const { reason, conditions } = explainItem(
    item,
    {
      partyName,
      relation: t(`cases.information.relation.${known ?? 'other'}`),
      formatDate: (iso) => formatDateTime(iso, i18n.resolvedLanguage),
    },
    t('cases.information.why.and'),
  );
  return (
    <details className="ketenhuis-why">
      <summary>{t('cases.information.why.summary')}</summary>
      <div className="ketenhuis-why__body">
        <Paragraph>{t(`cases.information.why.${reason.key}`, { ...reason.values })}</Paragraph>
        <Paragraph>
          <strong>{t('cases.information.why.conditionsHeading')}</strong> {t('cases.information.why.derived')}
        </Paragraph>
        <ul>
          {conditions.map((line) => (
            <li key={line.key}>{t(`cases.information.why.${line.key}`, { ...line.values })}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
