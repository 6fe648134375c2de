/**
 * The openid-client Configuration of each provider: discovered once (by issuer, so the discovery
 * document must name that issuer: ASVS V10.5.3) and cached per provider version for an hour.
 * ID token signatures are always checked against the issuer's JWKS (ASVS V9.1.1), not only TLS.
 */
import * as oidc from 'openid-client';
import type { Settings } from '../../../platform/config/env.js';
import type { SsoProviderTable } from '../../../platform/db/schema.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { allowsInsecureIssuer, issuerProblem } from './issuer-policy.js';
import { clientSecretOf } from './provider-store.js';
import { describeIdpError } from './refusal.js';

const CACHE_MS = 60 * 60_000;
const TIMEOUT_SECONDS = 10;

interface Entry {
  version: number;
  at: number;
  config: Promise<oidc.Configuration>;
}

/** client_secret_basic is the OIDC default; client_secret_post when that is all the issuer offers. */
function clientAuth(as: oidc.ServerMetadata, secret: string): oidc.ClientAuth {
  const methods = as.token_endpoint_auth_methods_supported;
  return methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')
    ? oidc.ClientSecretPost(secret)
    : oidc.ClientSecretBasic(secret);
}

async function discover(settings: Settings, ssoKey: Buffer, row: SsoProviderTable) {
  // Checked again here: a row written in demo mode must not reach a plain-http issuer in production.
  if (issuerProblem(settings, row.issuer)) throw new Error('issuer not allowed in this mode');
  const secret = clientSecretOf(ssoKey, row);
  if (secret === null) throw new Error('provider has no client secret');
  const issuer = new URL(row.issuer);
  const insecure = allowsInsecureIssuer(settings, issuer);
  const execute = insecure ? [oidc.allowInsecureRequests] : [];
  const found = await oidc.discovery(issuer, row.client_id, undefined, oidc.None(), {
    execute,
    timeout: TIMEOUT_SECONDS,
  });
  const as = found.serverMetadata();
  const config = new oidc.Configuration(as, row.client_id, undefined, clientAuth(as, secret));
  config.timeout = TIMEOUT_SECONDS;
  if (insecure) oidc.allowInsecureRequests(config);
  oidc.enableNonRepudiationChecks(config);
  return config;
}

export class OidcClients {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly settings: Settings,
    private readonly ssoKey: Buffer,
  ) {}

  /** The provider's Configuration; a discovery failure is a 503 `unavailable` (and not cached). */
  async get(
    row: SsoProviderTable,
    log: { warn(obj: object, msg: string): void },
  ): Promise<oidc.Configuration> {
    let entry = this.#entries.get(row.id);
    if (!entry || entry.version !== row.version || Date.now() - entry.at > CACHE_MS) {
      entry = { version: row.version, at: Date.now(), config: discover(this.settings, this.ssoKey, row) };
      this.#entries.set(row.id, entry);
    }
    try {
      return await entry.config;
    } catch (err) {
      if (this.#entries.get(row.id) === entry) this.#entries.delete(row.id);
      log.warn({ providerId: row.id, reason: describeIdpError(err) }, 'sso discovery failed');
      throw new ProblemError('unavailable', 'Inloggen via deze organisatie is nu niet mogelijk.');
    }
  }
}
