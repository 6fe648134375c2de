/**
 * Which timeline event types have a label: exactly the keys under `cases.timeline.types` (the
 * server's list, CASE_EVENT_TYPES in src/modules/cases/events.ts, must all be there:
 * test/unit/cases/event-labels.test.ts). A type without a label shows as "Gebeurtenis: <type>".
 */
import { nlResources } from '../../i18n/resources';

const LABELS = nlResources.cases.timeline.types;
export type EventTypeKey = Exclude<keyof typeof LABELS, 'other'>;

export function eventTypeKey(type: string): EventTypeKey | null {
  return type !== 'other' && Object.hasOwn(LABELS, type) ? (type as EventTypeKey) : null;
}
