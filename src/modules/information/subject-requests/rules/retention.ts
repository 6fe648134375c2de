/**
 * How long a data-subject request is kept once it is closed (AVG Art. 5.1e, storage limitation;
 * Art. 5.2, accountability): closed means every routed controller decided ('decided') or nothing
 * was found to route ('no-data'); an open request is never due. The period runs from closing, in
 * calendar months (SUBJECT_REQUEST_RETENTION_MONTHS). Pure.
 */
import { cutoffFor } from '../../../../platform/retention/rules.js';

export const closedStatuses = ['decided', 'no-data'] as const;

export const isClosed = (status: string) => (closedStatuses as readonly string[]).includes(status);

/** Closed at or before this moment: due for removal at `now`. */
export const retentionCutoff = (now: Date, months: number) => cutoffFor(now, months);

/** Whether a request with this status, closed at `closedAt`, is due at `now`. */
export const isDue = (status: string, closedAt: string, now: Date, months: number) =>
  isClosed(status) && closedAt <= retentionCutoff(now, months);
