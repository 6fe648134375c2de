/**
 * The information items an action of the plan is based on (Art. 16.2), as the server shows them
 * to this user: only items they may see now, each a link to the item with its legal regime as a
 * badge (Art. 15.2), and, once the provider no longer allows its use in the plan, a mark in words
 * ("niet meer bruikbaar in het plan van aanpak"), never by colour alone (WCAG 1.4.1).
 */
import { useTranslation } from 'react-i18next';
import type { Citation } from '../../../api/caseFlowConference';
import { RouterLink } from '../../../layout/RouterLink';
import '../../information/information.css';
import './flow.css';

interface Props {
  caseId: string;
  citations: readonly Citation[];
  /** The list's accessible name: which action it belongs to. */
  label: string;
}

export function CitedItems({ caseId, citations, label }: Props) {
  const { t } = useTranslation();
  if (citations.length === 0) return <>{t('cases.flow.common.none')}</>;
  return (
    <ul className="ketenhuis-citations" aria-label={label}>
      {citations.map((c) => (
        <li key={c.itemId}>
          <RouterLink
            to={`/casussen/${encodeURIComponent(caseId)}/informatie/${encodeURIComponent(c.itemId)}`}
          >
            {c.title}
          </RouterLink>{' '}
          <span
            className={`ketenhuis-item-badge${c.regime === 'gewoon' ? '' : ' ketenhuis-item-badge--strong'}`}
          >
            {t(`cases.information.regime.${c.regime}`)}
          </span>
          {!c.usable && (
            <>
              {' — '}
              <strong className="ketenhuis-citation-unusable">{t('cases.flow.citations.notUsable')}</strong>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
