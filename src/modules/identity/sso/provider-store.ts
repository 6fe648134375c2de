/**
 * SSO providers in the database. The client secret is sealed with AES-256-GCM under the identity
 * module's SSO key, bound to the provider's row id, so a ciphertext copied to another provider does
 * not decrypt (ASVS V11.3, V13.3). Changing issuer or client id drops the provider's links.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../../../platform/auth/principal.js';
import type { Settings } from '../../../platform/config/env.js';
import { decrypt, encrypt } from '../../../platform/crypto/aead.js';
import type { Database, SsoProviderTable } from '../../../platform/db/schema.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { roleProblems } from '../rules/roles.js';
import { issuerProblem } from './issuer-policy.js';
import type { SsoProviderCreate, SsoProviderUpdate } from './schemas.js';

export const clientSecretAad = (providerId: string) => `sso_providers.client_secret_enc:${providerId}`;

export const defaultRolesOf = (row: Pick<SsoProviderTable, 'default_roles'>): Role[] =>
  JSON.parse(row.default_roles) as Role[];

export function clientSecretOf(ssoKey: Buffer, row: SsoProviderTable): string | null {
  return row.client_secret_enc === null
    ? null
    : decrypt(ssoKey, row.client_secret_enc, clientSecretAad(row.id)).toString('utf8');
}

export function providerView(row: SsoProviderTable) {
  return {
    id: row.id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecretSet: row.client_secret_enc !== null,
    partyId: row.party_id,
    matchClaim: row.match_claim,
    provision: row.provision === 1,
    defaultRoles: defaultRolesOf(row),
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const invalid = (field: string, why: string) =>
  new ProblemError('validation', `Body ongeldig — ${field}: ${why}`);

function checkIssuer(settings: Settings, issuer: string | undefined) {
  const problem = issuer === undefined ? null : issuerProblem(settings, issuer);
  if (problem) throw invalid('issuer', problem);
}

/** Default roles must fit the organisation; beheer rights are never handed out automatically. */
function checkRoles(roles: readonly Role[], partyId: string | null, provision: boolean) {
  const problems = roleProblems(roles, partyId === null);
  if (roles.includes('functioneel_beheer'))
    problems.push('functioneel beheer wordt nooit automatisch toegekend');
  if (provision && roles.length === 0) problems.push('nodig om accounts aan te maken');
  if (problems.length) throw invalid('defaultRoles', problems.join('; '));
}

export async function findProvider(db: Kysely<Database>, id: string) {
  return db.selectFrom('sso_providers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listProviders(db: Kysely<Database>, enabledOnly = false) {
  let q = db.selectFrom('sso_providers').selectAll();
  if (enabledOnly) q = q.where('enabled', '=', 1);
  return q.orderBy('name').orderBy('id').execute();
}

export async function createProvider(
  db: Kysely<Database>,
  ssoKey: Buffer,
  settings: Settings,
  input: SsoProviderCreate,
): Promise<string> {
  checkIssuer(settings, input.issuer);
  if (input.partyId !== null) {
    const party = await db
      .selectFrom('parties')
      .select('id')
      .where('id', '=', input.partyId)
      .executeTakeFirst();
    if (!party) throw invalid('partyId', 'onbekende partij');
  }
  const roles = [...new Set(input.defaultRoles)];
  checkRoles(roles, input.partyId, input.provision);
  const id = newId();
  const now = nowUtc();
  await db
    .insertInto('sso_providers')
    .values({
      id,
      name: input.name,
      issuer: input.issuer,
      client_id: input.clientId,
      client_secret_enc: encrypt(ssoKey, input.clientSecret, clientSecretAad(id)),
      party_id: input.partyId,
      match_claim: input.matchClaim,
      provision: input.provision ? 1 : 0,
      default_roles: JSON.stringify(roles),
      enabled: input.enabled ? 1 : 0,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function updateProvider(
  db: Kysely<Database>,
  ssoKey: Buffer,
  settings: Settings,
  current: SsoProviderTable,
  expectedVersion: number,
  change: SsoProviderUpdate,
): Promise<void> {
  checkIssuer(settings, change.issuer);
  const roles = change.defaultRoles ? [...new Set(change.defaultRoles)] : defaultRolesOf(current);
  checkRoles(roles, current.party_id, change.provision ?? current.provision === 1);
  // A subject is only unique per issuer (and, with pairwise subjects, per client): new ones relink.
  const relink =
    (change.issuer !== undefined && change.issuer !== current.issuer) ||
    (change.clientId !== undefined && change.clientId !== current.client_id);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('sso_providers')
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.issuer !== undefined && { issuer: change.issuer }),
        ...(change.clientId !== undefined && { client_id: change.clientId }),
        ...(change.clientSecret !== undefined && {
          client_secret_enc: encrypt(ssoKey, change.clientSecret, clientSecretAad(current.id)),
        }),
        ...(change.matchClaim !== undefined && { match_claim: change.matchClaim }),
        ...(change.provision !== undefined && { provision: change.provision ? 1 : 0 }),
        ...(change.defaultRoles !== undefined && { default_roles: JSON.stringify(roles) }),
        ...(change.enabled !== undefined && { enabled: change.enabled ? 1 : 0 }),
        version: expectedVersion + 1,
        updated_at: nowUtc(),
      })
      .where('id', '=', current.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw staleWrite();
    if (relink) {
      await trx.deleteFrom('sso_identities').where('provider_id', '=', current.id).execute();
      await trx.deleteFrom('sso_login_states').where('provider_id', '=', current.id).execute();
    }
  });
}
