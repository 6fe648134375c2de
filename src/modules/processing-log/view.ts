/** A stored entry as the API shows it: Logius attribute names for the dpl.core attributes. Pure. */
import type { StoredEntry } from '../../platform/processing-log/index.js';

export function entryView(e: StoredEntry) {
  return {
    id: e.id,
    seq: e.seq,
    traceId: e.trace_id,
    spanId: e.span_id,
    parentSpanId: e.parent_span_id,
    name: e.name,
    startTime: e.start_time,
    endTime: e.end_time,
    statusCode: e.status_code,
    attributes: {
      'dpl.core.processing_activity_id': e.processing_activity_id,
      'dpl.core.data_subject_id': e.data_subject_id,
      'dpl.core.data_subject_id_type': e.data_subject_id_type,
    },
    actingUserId: e.acting_user_id,
    actingPartyId: e.acting_party_id,
    controllerPartyId: e.controller_party_id,
    caseId: e.case_id,
    purpose: e.purpose,
    operation: e.operation,
    prevHash: e.prev_hash,
    hash: e.hash,
  };
}

export type EntryView = ReturnType<typeof entryView>;
