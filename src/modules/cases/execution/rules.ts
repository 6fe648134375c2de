/**
 * Pure rules of execution (Art. 8.5, 12.2g, 13): when an action is overdue, and who may move an
 * action to which status. No I/O; the commands persist what these decide.
 */

export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Phases in which the action plan is being carried out (Art. 8.5; a follow-up may be planned, Art. 1.9). */
export const executionPhases = ['in_uitvoering', 'overleg_gepland'] as const;

/** One formatter per time zone: building one costs more than a whole worklist query (benchmarks.md). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date (YYYY-MM-DD) the house's wall clock shows at `instant`. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = dateFormat(timeZone).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Art. 13.2: an action is overdue when its due date has passed and it is neither done nor cancelled. */
export function isOverdue(status: ActionStatus, dueDate: string, today: string): boolean {
  return (status === 'open' || status === 'in_progress') && dueDate < today;
}

/** Whole days between the due date and today (0 when not overdue). */
export function daysOverdue(dueDate: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`);
  return ms > 0 ? Math.round(ms / 86_400_000) : 0;
}

export interface StatusChangeActor {
  isCoordinator: boolean;
  /** A named participant (or the coordinator) of the party that owns the action. */
  ofOwnerParty: boolean;
}

export type StatusRefusal = { ok: false; code: 'not-allowed' | 'invalid'; reason: string; article: string };

/**
 * Art. 13.2: the coordinator supervises every action and may change any status; Art. 8.5: each
 * party carries out its own actions, so its participants move them between open, in progress and
 * done. Cancelling an agreed action changes the plan: the coordinator's call.
 */
export function checkStatusChange(
  actor: StatusChangeActor,
  from: ActionStatus,
  to: ActionStatus,
): { ok: true } | StatusRefusal {
  if (!actor.isCoordinator && !actor.ofOwnerParty)
    return {
      ok: false,
      code: 'not-allowed',
      reason: 'alleen de casuscoördinator of de eigenaar van de actie',
      article: '13.2',
    };
  if (from === to)
    return { ok: false, code: 'invalid', reason: `de actie heeft al status ${to}`, article: '13.2' };
  if (to === 'cancelled' && !actor.isCoordinator)
    return {
      ok: false,
      code: 'not-allowed',
      reason: 'alleen de casuscoördinator annuleert een actie',
      article: '13.2',
    };
  if (from === 'cancelled' && !actor.isCoordinator)
    return {
      ok: false,
      code: 'not-allowed',
      reason: 'alleen de casuscoördinator heropent een geannuleerde actie',
      article: '13.2',
    };
  return { ok: true };
}
