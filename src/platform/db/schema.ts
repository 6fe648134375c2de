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
  /** Art. 15.2: JSON array of the special regimes ('wpg', 'wjsg') the party may provide; default '[]' (migration 0038). */
  /** Art. 15.2 (0038): JSON array of 'wpg' | 'wjsg'; null: not yet set from the house configuration (none). */
  special_regimes: ColumnType<string | null, string | null | undefined, string | null>;
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

/** Revision numbers raised by triggers on every write to the tables of a cache's scope (0039). */
export interface CacheRevisionTable {
  scope: 'worklist';
  revision: ColumnType<number | string, number, number>;
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

/** Notifications (0019): no personal data — a kind, a case reference and an in-app link. */
export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  case_id: string | null;
  link: string;
  created_at: string;
  read_at: string | null;
}

export interface NotificationOutboxTable {
  id: string;
  notification_id: string;
  user_id: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

export interface NotificationSettingsTable {
  user_id: string;
  email_opt_in: Bool;
  updated_at: string;
}

/** Triage and case conference (0015): personal data and free text sealed with the case key. */
export interface CaseInformationRequestTable {
  id: string;
  case_id: string;
  party_id: string;
  asked_by_user_id: string;
  question_enc: string;
  /** The date (YYYY-MM-DD) by which the party is asked to answer. */
  deadline: string;
  status: 'open' | 'answered' | 'cancelled';
  involved: Bool | null;
  summary_enc: string | null;
  information_enc: string | null;
  answered_by_user_id: string | null;
  answered_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CaseTriageOutcomeTable {
  case_id: string;
  route: 'conference' | 'advice' | 'referral';
  goal_enc: string;
  themes_enc: string;
  /** JSON array of party ids to involve (no personal data). */
  party_ids: string;
  advice_enc: string | null;
  decided_by_user_id: string;
  decided_at: string;
}

export interface CaseConferenceTable {
  id: string;
  case_id: string;
  sequence: number;
  starts_at: string;
  ends_at: string;
  location_enc: string | null;
  online_link_enc: string | null;
  goal_enc: string;
  decision_types_enc: string;
  themes_enc: string;
  status: 'planned' | 'held' | 'cancelled';
  minutes_enc: string | null;
  deescalation_criteria_enc: string | null;
  cancel_reason_enc: string | null;
  planned_by_user_id: string;
  held_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CaseConferencePartyTable {
  conference_id: string;
  party_id: string;
  contribution_enc: string;
}

export interface CaseConferenceParticipantTable {
  conference_id: string;
  case_id: string;
  user_id: string;
  party_id: string;
  attendance: 'present' | 'absent' | null;
}

export interface CaseCoordinatorTable {
  case_id: string;
  user_id: string;
  party_id: string;
  conference_id: string;
  appointed_at: string;
}

export interface CasePartyRoleTable {
  case_id: string;
  party_id: string;
  conference_id: string;
  role_enc: string;
  information_needs_enc: string;
  updated_at: string;
}

/** Migration 0037: one row per (action, cited item), Art. 16.2. Only the link; nothing of the item. */
export interface CaseActionCitationTable {
  action_id: string;
  item_id: string;
  case_id: string;
  cited_by_user_id: string;
  cited_at: string;
}

export interface CaseActionTable {
  id: string;
  case_id: string;
  conference_id: string | null;
  owner_party_id: string;
  description_enc: string;
  /** YYYY-MM-DD. */
  due_date: string;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  created_at: string;
  updated_at: string;
  version: number;
}

/** Execution, escalation and de-escalation (0017): free text sealed with the case key. */
export interface CaseEscalationTable {
  id: string;
  case_id: string;
  escalated_by_user_id: string;
  escalated_at: string;
  reason_enc: string;
  resolved_at: string | null;
  resolved_by_user_id: string | null;
  resolution_enc: string | null;
}

export interface CaseActionStatusChangeTable {
  id: string;
  action_id: string;
  case_id: string;
  from_status: string;
  to_status: string;
  changed_by_user_id: string;
  at: string;
  note_enc: string | null;
}

export interface CaseProgressReportTable {
  id: string;
  case_id: string;
  author_user_id: string;
  at: string;
  text_enc: string;
}

export interface CaseDeescalationTable {
  id: string;
  case_id: string;
  status: 'pending' | 'approved' | 'cancelled';
  proposed_by_user_id: string;
  proposed_at: string;
  conference_id: string | null;
  evaluation_enc: string;
  procesregisseur_user_id: string | null;
  procesregisseur_at: string | null;
  coordinator_user_id: string | null;
  coordinator_at: string | null;
  cancelled_by_user_id: string | null;
  cancelled_at: string | null;
  cancel_reason_enc: string | null;
  scrubbed_by_user_id: string | null;
  scrubbed_at: string | null;
  retention_until: string | null;
}

export interface CaseScrubDecisionTable {
  id: string;
  case_id: string;
  deescalation_id: string;
  element_type: string;
  element_id: string;
  decision: 'keep' | 'remove';
  reason_enc: string | null;
  decided_by_user_id: string;
  decided_at: string;
}

/** Governance part B (0025–0029): accession, covenant versions, terminations, disputes, statements. */
export interface AccessionTable {
  id: string;
  party_id: string;
  status: 'requested' | 'notified' | 'approved' | 'refused' | 'acceded';
  received_via_user_id: string;
  received_on: string;
  seat: string;
  office_address: string;
  representative_name: string;
  representative_function: string;
  motivation: string;
  requested_by_user_id: string;
  notified_at: string | null;
  notified_by_user_id: string | null;
  decided_on: string | null;
  decision_reference: string | null;
  governance_decision_id: string | null;
  org_signatory: string | null;
  org_signed_on: string | null;
  org_signed_place: string | null;
  chair_signatory: string | null;
  chair_signed_on: string | null;
  chair_signed_place: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PartyConsentTable {
  party_id: string;
  consent: Bool;
  note: string | null;
  recorded_by_user_id: string;
  recorded_at: string;
}

export interface AccessionConsentTable extends PartyConsentTable {
  accession_id: string;
}

export interface CovenantVersionTable {
  id: string;
  label: string;
  summary: string;
  decided_on: string;
  decision_reference: string;
  governance_decision_id: string | null;
  entry_into_force: string;
  created_by_user_id: string;
  created_at: string;
  version: number;
}

export interface CovenantSignatureTable {
  version_id: string;
  party_id: string;
  signed_on: string;
  signatory: string;
  recorded_by_user_id: string;
  recorded_at: string;
}

export interface PartyTerminationTable {
  id: string;
  party_id: string;
  kind: 'withdrawal' | 'exclusion';
  status: 'announced' | 'in_default' | 'effective' | 'not_excluded';
  notice_on: string;
  notice_reference: string;
  notice_text: string;
  amendment_id: string | null;
  effective_on: string | null;
  effective_at: string | null;
  decided_on: string | null;
  votes_for: number | null;
  votes_against: number | null;
  abstentions: number | null;
  decision_reference: string | null;
  governance_decision_id: string | null;
  lasting_duties_json: string;
  recorded_by_user_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DisputeTable {
  id: string;
  subject: 'casuscoordinator' | 'procesregisseur' | 'manager';
  about: string;
  description: string;
  raised_by_user_id: string;
  level: number;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolved_on: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DisputeStepTable {
  id: string;
  dispute_id: string;
  at: string;
  actor_user_id: string;
  kind: 'raised' | 'escalated' | 'resolved';
  forum: string;
  note: string;
}

export interface StatementTable {
  id: string;
  title: string;
  body: string;
  audience: string;
  status: 'proposed' | 'released' | 'withdrawn';
  proposed_by_user_id: string;
  spokesperson_user_id: string | null;
  released_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StatementConsentTable extends PartyConsentTable {
  statement_id: string;
}

/** Governance, part A (0020–0022): meetings, mandates, decisions, plans and finances (Art. 4–7, 18). */
export interface GovernanceMandateTable {
  id: string;
  body_id: string;
  mandator_party_id: string;
  mandatee_party_id: string;
  scope_json: string;
  description: string;
  confirmed_on: string | null;
  valid_from: string;
  valid_until: string | null;
  revoked_on: string | null;
  created_by_user_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface GovernanceMeetingTable {
  id: string;
  body_id: string;
  title: string;
  kind: 'regular' | 'requested' | 'annual';
  requested_by_party_id: string | null;
  starts_at: string;
  ends_at: string;
  location: string | null;
  online_link: string | null;
  status: 'planned' | 'held' | 'cancelled';
  minutes: string | null;
  minutes_status: 'none' | 'draft' | 'adopted';
  created_by_user_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface GovernanceAgendaItemTable {
  id: string;
  body_id: string;
  meeting_id: string | null;
  title: string;
  description: string;
  contributed_by_user_id: string;
  contributed_for_party_id: string | null;
  source: 'member' | 'other-body' | 'secretary' | 'referral';
  status: 'proposed' | 'scheduled' | 'declined';
  position: number;
  created_at: string;
  version: number;
}

export interface GovernanceAttendanceTable {
  meeting_id: string;
  user_id: string;
  status: 'present' | 'absent' | 'excused';
  recorded_at: string;
}

export interface GovernanceDecisionTable {
  id: string;
  body_id: string;
  meeting_id: string | null;
  agenda_item_id: string | null;
  title: string;
  proposal: string;
  status: 'open' | 'held' | 'adopted' | 'rejected' | 'undecided' | 'referred';
  consensus: Bool;
  tally_json: string | null;
  waiting_for_json: string | null;
  subject_type: 'annual-plan' | 'annual-report' | null;
  subject_id: string | null;
  referred_from_id: string | null;
  referred_to_id: string | null;
  closed_at: string | null;
  created_by_user_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface GovernanceDecisionPartyTable {
  decision_id: string;
  party_id: string;
}

export interface GovernanceWrittenInputTable {
  id: string;
  decision_id: string;
  party_id: string;
  kind: 'written' | 'heard';
  text: string;
  received_on: string;
  recorded_by_user_id: string;
  created_at: string;
}

export interface GovernanceVoteTable {
  decision_id: string;
  party_id: string;
  via: 'own' | 'mandate';
  choice: 'for' | 'against' | 'abstain';
  cast_by_user_id: string;
  cast_by_party_id: string;
  cast_at: string;
}

export interface GovernanceDecisionListTable {
  id: string;
  meeting_id: string;
  from_body_id: string;
  to_body_id: string;
  sent_at: string;
  sent_by_user_id: string;
  recipient_count: number;
  content_json: string;
}

export type AnnualDocumentStatus = 'draft' | 'proposed' | 'adopted' | 'rejected';

export interface GovernanceAnnualPlanTable {
  id: string;
  year: number;
  long_term_vision: string | null;
  priorities: string | null;
  budget_and_accounts: string | null;
  quality_assurance: string | null;
  status: AnnualDocumentStatus;
  decision_id: string | null;
  adopted_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface GovernanceAnnualReportTable {
  id: string;
  year: number;
  report: string | null;
  accounts: string | null;
  status: AnnualDocumentStatus;
  decision_id: string | null;
  adopted_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface GovernanceFinanceYearTable {
  year: number;
  updated_by_user_id: string;
  updated_at: string;
  version: number;
}

export interface GovernanceBudgetLineTable {
  id: string;
  year: number;
  position: number;
  category: string;
  budget_cents: number;
  realised_cents: number | null;
}

export interface GovernanceContributionTable {
  id: string;
  year: number;
  position: number;
  party_id: string;
  kind: 'money' | 'in_kind';
  amount_cents: number | null;
  description: string;
}

/** Information items (0030, Art. 12.2f, 15, 16.2): provided by one party, its controller. */
export type InformationRegime = 'gewoon' | 'bijzonder' | 'politie' | 'justitieel';
export type InformationVisibility = 'all-participants' | 'named-parties' | 'procesregisseur-only';
export type PreConference = 'not-allowed' | 'requested' | 'approved';

export interface InformationItemTable {
  id: string;
  case_id: string;
  /** 'house': a note of the house itself (procesregisseur); controller is the centrumgemeente. */
  provider_kind: 'party' | 'house';
  provider_party_id: string;
  provided_by_user_id: string;
  source_request_id: string | null;
  title_enc: string;
  body_enc: string;
  regime: InformationRegime;
  visibility: InformationVisibility;
  use_in_action_plan: Bool;
  pre_conference: PreConference;
  pre_conference_assessed_by_user_id: string | null;
  pre_conference_assessed_at: string | null;
  pre_conference_approved_by_user_id: string | null;
  pre_conference_approved_at: string | null;
  expires_at: string | null;
  withdrawn_at: string | null;
  withdrawn_by_user_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface InformationItemPartyTable {
  item_id: string;
  party_id: string;
}

export interface InformationItemPersonTable {
  item_id: string;
  person_id: string;
}

/** Per-item data keys (0034, issue 6 §5): wrapped with the case key; NULL wrapped_key = shredded. */
export interface InformationItemKeyTable {
  item_id: string;
  case_id: string;
  wrapped_key: string | null;
  created_at: string;
  shredded_at: string | null;
}

export interface InformationAttachmentTable {
  id: string;
  item_id: string;
  case_id: string;
  filename_enc: string;
  media_type: string;
  size: number;
  content_enc: string;
  created_at: string;
}

/** Disclosure to third parties (0031, Art. 9.2, 19.1): texts sealed with the case key. */
export interface DisclosureRequestTable {
  id: string;
  case_id: string;
  reference: string;
  requested_by_user_id: string;
  requested_by_party_id: string | null;
  recipient_enc: string;
  purpose_enc: string;
  legal_basis_enc: string;
  status: 'pending' | 'approved' | 'refused' | 'cancelled';
  export_count: number;
  first_exported_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DisclosureRequestItemTable {
  request_id: string;
  item_id: string;
  case_id: string;
  position: number;
  controller_party_id: string;
  decision: 'pending' | 'approved' | 'refused';
  reasoning_enc: string | null;
  decided_by_user_id: string | null;
  decided_at: string | null;
  item_version: number | null;
}

/** Data-subject requests (0032, Wgs; AVG Art. 12.3): texts sealed with a root-derived key. */
export interface SubjectRequestTable {
  id: string;
  reference: string;
  kind: 'access' | 'rectification' | 'erasure' | 'objection';
  identified_by: 'bsn' | 'name-birth-date';
  bsn_index: string | null;
  name_birth_index: string | null;
  subject_pseudonym: string | null;
  subject_enc: string;
  description_enc: string;
  received_on: string;
  due_on: string;
  extended_due_on: string | null;
  extension_reason_enc: string | null;
  extended_by_user_id: string | null;
  extended_at: string | null;
  status: 'open' | 'decided' | 'no-data';
  registered_by_user_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SubjectRequestMatchTable {
  request_id: string;
  case_id: string;
  person_id: string;
}

export interface SubjectRequestRouteTable {
  request_id: string;
  party_id: string;
  grounds: string;
  decision: 'pending' | 'granted' | 'partly' | 'refused';
  reasoning_enc: string | null;
  decided_by_user_id: string | null;
  decided_at: string | null;
  version: number;
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
  cache_revisions: CacheRevisionTable;
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
  case_information_requests: CaseInformationRequestTable;
  case_triage_outcomes: CaseTriageOutcomeTable;
  case_conferences: CaseConferenceTable;
  case_conference_parties: CaseConferencePartyTable;
  case_conference_participants: CaseConferenceParticipantTable;
  case_coordinators: CaseCoordinatorTable;
  case_party_roles: CasePartyRoleTable;
  case_actions: CaseActionTable;
  case_action_citations: CaseActionCitationTable;
  case_escalations: CaseEscalationTable;
  case_action_status_changes: CaseActionStatusChangeTable;
  case_progress_reports: CaseProgressReportTable;
  case_deescalations: CaseDeescalationTable;
  case_scrub_decisions: CaseScrubDecisionTable;
  notifications: NotificationTable;
  notification_outbox: NotificationOutboxTable;
  notification_settings: NotificationSettingsTable;
  accessions: AccessionTable;
  accession_consents: AccessionConsentTable;
  covenant_versions: CovenantVersionTable;
  covenant_signatures: CovenantSignatureTable;
  party_terminations: PartyTerminationTable;
  disputes: DisputeTable;
  dispute_steps: DisputeStepTable;
  statements: StatementTable;
  statement_consents: StatementConsentTable;
  governance_mandates: GovernanceMandateTable;
  governance_meetings: GovernanceMeetingTable;
  governance_agenda_items: GovernanceAgendaItemTable;
  governance_attendance: GovernanceAttendanceTable;
  governance_decisions: GovernanceDecisionTable;
  governance_decision_parties: GovernanceDecisionPartyTable;
  governance_written_inputs: GovernanceWrittenInputTable;
  governance_votes: GovernanceVoteTable;
  governance_decision_lists: GovernanceDecisionListTable;
  governance_annual_plans: GovernanceAnnualPlanTable;
  governance_annual_reports: GovernanceAnnualReportTable;
  governance_finance_years: GovernanceFinanceYearTable;
  governance_budget_lines: GovernanceBudgetLineTable;
  governance_contributions: GovernanceContributionTable;
  information_items: InformationItemTable;
  information_item_parties: InformationItemPartyTable;
  information_item_persons: InformationItemPersonTable;
  information_attachments: InformationAttachmentTable;
  information_item_keys: InformationItemKeyTable;
  disclosure_requests: DisclosureRequestTable;
  disclosure_request_items: DisclosureRequestItemTable;
  subject_requests: SubjectRequestTable;
  subject_request_matches: SubjectRequestMatchTable;
  subject_request_routes: SubjectRequestRouteTable;
}
