/**
 * Shapes of the processing log (Logboek Dataverwerkingen): what a caller hands in, and what is
 * stored. Stored field names are the column names; they are also what the chain hash covers.
 */

export const operations = ['create', 'read', 'update', 'disclose', 'remove'] as const;
export type Operation = (typeof operations)[number];

export const statusCodes = ['unset', 'ok', 'error'] as const;
export type StatusCode = (typeof statusCodes)[number];

/** W3C Trace Context of the request that caused the processing. */
export interface TraceContext {
  /** 16 bytes, 32 lowercase hex characters. */
  traceId: string;
  /** The caller's span (8 bytes hex) from `traceparent`, or null when we started the trace. */
  parentSpanId: string | null;
}

/** The person whose data was processed, as a pseudonym: never a BSN. */
export interface DataSubject {
  id: string;
  /** e.g. 'bsn-pseudonym' (HMAC-SHA256 of the BSN, see pseudonym.ts). */
  type: string;
}

/** One processing of one data subject's data, as a caller describes it. */
export interface ProcessingEntryInput {
  /** What was done, dotted lowercase, e.g. 'case.read'. */
  name: string;
  operation: Operation;
  /** URI from the house's processing register (processing_activities.uri). */
  processingActivityId: string;
  /** Defaults to the purpose of the processing activity in the register. */
  purpose?: string;
  /** Who acted: the user, and their party (null for the house's own staff). */
  actor: { userId: string | null; partyId: string | null };
  /** The party that provided the data processed (its controller, Art. 15.1); null for the house's own data. */
  controllerPartyId?: string | null;
  caseId?: string | null;
  dataSubject?: DataSubject | null;
  trace: TraceContext;
  /** ISO-8601 UTC with milliseconds; default: the moment of appending. */
  startTime?: string;
  endTime?: string;
  statusCode?: StatusCode;
}

/** A stored entry, exactly as the chain hash covers it (seq as a JS number on both databases). */
export interface StoredEntry {
  id: string;
  seq: number;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  start_time: string;
  end_time: string;
  status_code: StatusCode;
  processing_activity_id: string;
  data_subject_id: string | null;
  data_subject_id_type: string | null;
  acting_user_id: string | null;
  acting_party_id: string | null;
  controller_party_id: string | null;
  case_id: string | null;
  purpose: string;
  operation: Operation;
  prev_hash: string;
  hash: string;
}

/** A stored entry before it has its place in the chain. */
export type DraftEntry = Omit<StoredEntry, 'seq' | 'prev_hash' | 'hash'>;

/** The end of the chain: the last sequence number and its hash (0 and GENESIS_HASH when empty). */
export interface ChainHead {
  seq: number;
  hash: string;
}
