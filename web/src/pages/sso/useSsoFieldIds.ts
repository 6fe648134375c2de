/** Stable ids for the single sign-on form's fields, so the error summary can link to each. */
import { useId } from 'react';
import type { SsoFieldIds } from './ssoMessages';

export function useSsoFieldIds(): SsoFieldIds {
  const base = useId();
  return {
    name: `${base}-name`,
    issuer: `${base}-issuer`,
    clientId: `${base}-client-id`,
    clientSecret: `${base}-client-secret`,
    partyId: `${base}-party`,
    matchClaim: `${base}-match-claim`,
    defaultRoles: `${base}-default-roles`,
  };
}
