/**
 * Table types for Kysely. Columns are portable across SQLite and PostgreSQL: ids are UUIDv7
 * strings, timestamps ISO-8601 UTC strings, booleans 0/1 integers.
 */
import type { Generated } from 'kysely';

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

export interface MigrationLockProbe {
  id: Generated<number>;
}

export interface Database {
  house: HouseTable;
  parties: PartyTable;
  bodies: BodyTable;
  body_seats: BodySeatTable;
  privacy_protocols: PrivacyProtocolTable;
  privacy_protocol_parties: PrivacyProtocolPartyTable;
  processing_activities: ProcessingActivityTable;
}
