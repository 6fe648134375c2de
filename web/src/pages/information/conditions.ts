/**
 * The provider's conditions as a form holds them (Art. 16.2): visibility, named parties, use in
 * the action plan and an expiry day; to and from what the API takes. Pure, so it is unit-tested.
 */
import type { ConditionsInput } from '../../api/informationItemCalls';
import type { ItemSummary, Visibility } from '../../api/informationItems';

export interface ConditionsState {
  visibility: Visibility | '';
  namedPartyIds: string[];
  useInActionPlan: boolean;
  /** YYYY-MM-DD or '' (no expiry). */
  expiresOn: string;
}

export const EMPTY_CONDITIONS: ConditionsState = {
  visibility: '',
  namedPartyIds: [],
  useInActionPlan: false,
  expiresOn: '',
};

/** The end of the chosen day in the user's time zone, as an ISO instant ("expires after that day"). */
export function expiryInstant(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 23, 59, 59).toISOString();
}

/** The local calendar day of an ISO instant, for the date input. */
export function dayOf(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function conditionsOfItem(item: ItemSummary | Omit<ItemSummary, 'attachmentCount'>): ConditionsState {
  return {
    visibility: item.visibility,
    namedPartyIds: [...item.namedPartyIds],
    useInActionPlan: item.useInActionPlan,
    expiresOn: dayOf(item.expiresAt),
  };
}

/** Field → message key for what is wrong, checked in the browser before sending. */
export function conditionProblems(
  s: ConditionsState,
  today: string,
): Partial<
  Record<'visibility' | 'namedPartyIds' | 'expiresAt', 'visibility' | 'namedParties' | 'expiresPast'>
> {
  const out: ReturnType<typeof conditionProblems> = {};
  if (s.visibility === '') out.visibility = 'visibility';
  if (s.visibility === 'named-parties' && s.namedPartyIds.length === 0) out.namedPartyIds = 'namedParties';
  if (s.expiresOn !== '' && s.expiresOn < today) out.expiresAt = 'expiresPast';
  return out;
}

/** The API's conditions; only call after conditionProblems found nothing. */
export function toConditionsInput(s: ConditionsState): ConditionsInput {
  return {
    visibility: s.visibility === '' ? 'procesregisseur-only' : s.visibility,
    // Art. 16.2: parties are named only with visibility 'named-parties' (the server refuses otherwise).
    namedPartyIds: s.visibility === 'named-parties' ? s.namedPartyIds : [],
    useInActionPlan: s.useInActionPlan,
    expiresAt: s.expiresOn === '' ? null : expiryInstant(s.expiresOn),
  };
}
