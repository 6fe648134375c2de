/**
 * Which legal regimes a party may provide information under (Art. 15.2; docs/privacy.md, known gap
 * 4), as pure rules. Ordinary (gewoon) and special-category (bijzonder, health) data are open to every
 * party; police data (politie, Wet politiegegevens) and judicial data (justitieel, Wet justitiële en
 * strafvorderlijke gegevens) only to a party whose house configuration lists `wpg` or `wjsg`
 * (`parties.special_regimes`). The regime tells the recipient which law governs the data, so a
 * municipality or a care institution marking its item as police data is refused, not recorded.
 */
import type { SpecialRegime } from '../../../platform/config/house-config.js';
import { specialRegimes } from '../../../platform/config/house-config.js';
import type { InformationRegime } from '../../../platform/db/schema.js';

/** The special regime (the law) an information regime needs; null: open to every party. */
export const lawOf = (regime: InformationRegime): SpecialRegime | null =>
  regime === 'politie' ? 'wpg' : regime === 'justitieel' ? 'wjsg' : null;

const allRegimes: readonly InformationRegime[] = ['gewoon', 'bijzonder', 'politie', 'justitieel'];

/** Art. 15.2: the regimes a party with these special regimes may provide, in display order. */
export function providableRegimes(allowed: readonly SpecialRegime[]): InformationRegime[] {
  return allRegimes.filter((r) => {
    const law = lawOf(r);
    return law === null || allowed.includes(law);
  });
}

export interface RegimeRefusal {
  code: 'regime-not-allowed';
  reason: string;
}

const what: Record<SpecialRegime, string> = {
  wpg: 'politiegegevens (Wpg)',
  wjsg: 'justitiële en strafvorderlijke gegevens (Wjsg)',
};

/**
 * Art. 15.2: null when the providing party may provide `regime`, else the refusal. `provider`
 * 'house' words it for a note of the house, whose controller is the centrumgemeente (Art. 1.12).
 */
export function checkRegime(
  regime: InformationRegime,
  allowed: readonly SpecialRegime[],
  provider: 'party' | 'house' = 'party',
): RegimeRefusal | null {
  const law = lawOf(regime);
  if (law === null || allowed.includes(law)) return null;
  const who =
    provider === 'house'
      ? 'Het Zorg- en Veiligheidshuis (verwerkingsverantwoordelijke: de centrumgemeente)'
      : 'Uw partij';
  return { code: 'regime-not-allowed', reason: `${who} mag geen ${what[law]} verstrekken (Art. 15.2).` };
}

/**
 * The special regimes stored on a party row (`parties.special_regimes`, a JSON array). Anything
 * unreadable or unknown counts as none: deny by default.
 */
export function parseSpecialRegimes(stored: string | null | undefined): SpecialRegime[] {
  if (!stored) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return specialRegimes.filter((r) => value.includes(r));
}
