/**
 * Table types for Kysely. Columns are portable across SQLite and PostgreSQL: ids are UUIDv7
 * strings, timestamps ISO-8601 UTC strings, booleans 0/1 integers.
 */
import type { ColumnType } from 'kysely';

export type Bool = 0 | 1;

export interface HouseTable {
  id: string;
  slug: string;
  name: string;
  short_name: string;
  centrumgemeente_party_id: string;
  uri_base: string;
  timezone: string;
  primary_color: string;
  secondary_color: string;
  text_on_primary: string;
  covenant_json: string;
  triage_json: string;
  cadence_json: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PartyTable {
  id: string;
  key: string;
  name: string;
  kind: 'gemeente' | 'partner';
  domain: 'care' | 'justice' | 'municipal';
  status: 'active' | 'accession_pending' | 'withdrawn' | 'excluded';
  version: number;
  created_at: string;
  updated_at: string;
}

export interface BodyTable {
  id: string;
  key: string;
  name: string;
  article: string;
}

export interface BodySeatTable {
  id: string;
  body_id: string;
  party_id: string | null;
  role: string;
  description: string;
  article: string;
  optional: Bool;
  votes: Bool;
  position: number;
}

export interface PrivacyProtocolTable {
  id: string;
  key: string;
  name: string;
  article: string;
  admits_all: Bool;
  retention_months: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PrivacyProtocolPartyTable {
  protocol_id: string;
  party_id: string;
}

export interface ProcessingActivityTable {
  id: string;
  key: string;
  uri: string;
  name: string;
  purpose: string;
  legal_basis: string;
  protocol_id: string | null;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  party_id: string | null;
  status: 'active' | 'disabled';
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled: Bool;
  totp_last_step: number | null;
  is_demo: Bool;
  password_change_required: Bool;
  locked_until: string | null;
  last_login_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  stage: 'mfa' | 'enrol' | 'complete';
  csrf_token: string;
  pending_totp_secret_enc: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  reauth_at: string | null;
  revoked_at: string | null;
  user_agent: string | null;
  ip: string | null;
}

export interface AuthEventTable {
  id: string;
  at: string;
  kind: string;
  outcome: 'success' | 'failure' | 'info';
  user_id: string | null;
  account_hash: string | null;
  ip: string | null;
  request_id: string | null;
}

export interface BodyMembershipTable {
  id: string;
  user_id: string;
  body_id: string;
  role: 'member' | 'chair' | 'secretary';
  created_at: string;
}

export interface BodyMembershipVoteTable {
  membership_id: string;
  party_id: string;
}

export interface SsoProviderTable {
  id: string;
  name: string;
  issuer: string;
  client_id: string;
  client_secret_enc: string | null;
  party_id: string | null;
  match_claim: 'email' | 'sub';
  provision: Bool;
  default_roles: string;
  enabled: Bool;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SsoIdentityTable {
  provider_id: string;
  subject: string;
  user_id: string;
}

export interface SsoLoginStateTable {
  id: string;
  state_hash: string;
  provider_id: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface CaseKeyTable {
  case_id: string;
  wrapped_key: string | null;
  kek_id: string;
  created_at: string;
  shredded_at: string | null;
}

export interface SystemKeyTable {
  purpose: string;
  wrapped_key: string;
  kek_id: string;
  created_at: string;
}

/** A column that is written once and never updated (the type system offers no update path). */
type Frozen<T> = ColumnType<T, T, never>;

/** The processing log (0010): append-only. seq is bigint on PostgreSQL, which returns it as a string. */
export interface ProcessingLogTable {
  id: Frozen<string>;
  seq: ColumnType<number | string, number, never>;
  trace_id: Frozen<string>;
  span_id: Frozen<string>;
  parent_span_id: Frozen<string | null>;
  name: Frozen<string>;
  start_time: Frozen<string>;
  end_time: Frozen<string>;
  status_code: Frozen<'unset' | 'ok' | 'error'>;
  processing_activity_id: Frozen<string>;
  data_subject_id: Frozen<string | null>;
  data_subject_id_type: Frozen<string | null>;
  acting_user_id: Frozen<string | null>;
  acting_party_id: Frozen<string | null>;
  controller_party_id: Frozen<string | null>;
  case_id: Frozen<string | null>;
  purpose: Frozen<string>;
  operation: Frozen<'create' | 'read' | 'update' | 'disclose' | 'remove'>;
  prev_hash: Frozen<string>;
  hash: Frozen<string>;
}

/** The one-row head of the processing-log chain (id is always 1). */
export interface ProcessingLogHeadTable {
  id: number;
  last_seq: ColumnType<number | string, number, number>;
  last_hash: string;
}

export interface DossierTable {
  id: string;
  protocol_key: string;
  opened_at: string;
  closed_at: string | null;
}

export interface DossierSubjectTable {
  dossier_id: string;
  subject_pseudonym: string;
}

export interface RemovalStatisticTable {
  protocol_key: string;
  closed_year: number;
  removed_month: string;
  dossiers: number;
}

/** Cases (0014): personal data in *_enc columns is sealed with the case key. */
export interface CaseNumberCounterTable {
  year: number;
  last_number: number;
}

export interface CaseTable {
  id: string;
  case_number: string;
  status: string;
  case_type: 'person' | 'family' | 'group';
  protocol_key: string;
  registering_user_id: string;
  registering_party_id: string;
  reason_enc: string;
  goal_enc: string;
  partners_involved_enc: string;
  informed_enc: string;
  not_informed_reason_enc: string | null;
  criteria_enc: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  closed_at: string | null;
  version: number;
}

export interface CasePersonTable {
  id: string;
  case_id: string;
  position: number;
  name_enc: string;
  bsn_enc: string | null;
  birth_date_enc: string;
  address_enc: string;
  bsn_index: string | null;
  name_birth_index: string;
}

export interface CaseProcesregisseurTable {
  case_id: string;
  user_id: string;
  assigned_at: string;
  reason_enc: string | null;
}

export interface CaseEventTable {
  id: string;
  case_id: string;
  at: string;
  actor_user_id: string | null;
  type: string;
  article: string;
  audience: 'case' | 'procesregisseur';
  note_enc: string | null;
}

export interface CaseQuestionTable {
  id: string;
  case_id: string;
  author_user_id: string;
  at: string;
  text_enc: string;
}

export interface Database {
  house: HouseTable;
  parties: PartyTable;
  bodies: BodyTable;
  body_seats: BodySeatTable;
  privacy_protocols: PrivacyProtocolTable;
  privacy_protocol_parties: PrivacyProtocolPartyTable;
  processing_activities: ProcessingActivityTable;
  processing_log: ProcessingLogTable;
  processing_log_head: ProcessingLogHeadTable;
  users: UserTable;
  user_roles: UserRoleTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  auth_events: AuthEventTable;
  body_memberships: BodyMembershipTable;
  body_membership_votes: BodyMembershipVoteTable;
  sso_providers: SsoProviderTable;
  sso_identities: SsoIdentityTable;
  sso_login_states: SsoLoginStateTable;
  case_keys: CaseKeyTable;
  system_keys: SystemKeyTable;
  dossiers: DossierTable;
  dossier_subjects: DossierSubjectTable;
  removal_statistics: RemovalStatisticTable;
  case_number_counters: CaseNumberCounterTable;
  cases: CaseTable;
  case_persons: CasePersonTable;
  case_procesregisseurs: CaseProcesregisseurTable;
  case_events: CaseEventTable;
  case_questions: CaseQuestionTable;
}
