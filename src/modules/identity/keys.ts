/** The identity module's own keys, each derived from the master key for one purpose. */
import { createHmac } from 'node:crypto';
import { deriveKey } from '../../platform/crypto/aead.js';

export interface IdentityKeys {
  /** Encrypts TOTP secrets at rest. */
  totp: Buffer;
  /** Encrypts SSO client secrets at rest. */
  sso: Buffer;
  /** Pseudonymises account names in the security log. */
  accountHmac: Buffer;
}

export function identityKeys(master: Buffer): IdentityKeys {
  return {
    totp: deriveKey(master, 'identity:totp-secret'),
    sso: deriveKey(master, 'identity:sso-client-secret'),
    accountHmac: deriveKey(master, 'identity:account-pseudonym'),
  };
}

/** The security log never holds an e-mail address, only this keyed pseudonym of it. */
export const accountPseudonym = (keys: IdentityKeys, email: string): string =>
  createHmac('sha256', keys.accountHmac).update(email.trim().toLowerCase()).digest('hex');
