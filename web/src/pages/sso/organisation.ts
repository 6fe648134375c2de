/**
 * The organisation a single sign-on provider belongs to, as a name: the house itself (partyId
 * null) or one of the parties. Shared by the list and the edit page.
 */
import type { TFunction } from 'i18next';
import { useHouse } from '../../api/house';
import { useParties } from '../../api/parties';

export function useOrganisationName(): (partyId: string | null) => string {
  const { data: house } = useHouse();
  const parties = useParties();
  return (partyId) => {
    if (partyId === null) return house?.name ?? '';
    return parties.data?.find((party) => party.id === partyId)?.name ?? '';
  };
}

export function organisationLabel(t: TFunction, partyId: string | null, name: string): string {
  if (partyId === null) return t('pages.ssoProviders.house', { house: name || t('app.houseFallback') });
  return name || t('pages.ssoProviders.unknownParty');
}
