/**
 * A controller's compilation for a data-subject request as a PDF (Wgs; AVG Art. 15): the same
 * compilation, authorization and logging as the JSON export (export.ts: 404 outside the caller's
 * scope, one 'read' entry per case found, here named 'subject-request.export-pdf'), rendered by
 * pdf.ts. Log entries are reduced to what the person may read: the house's local time, the
 * processing activity's name from the register, the operation and the acting party's name.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import type { TraceContext } from '../../../platform/processing-log/index.js';
import type { SubjectContext } from './context.js';
import { compileExportData } from './export.js';
import { houseToday } from './log.js';
import { OPERATIONS, subjectExportPdf } from './pdf.js';
import type { SubjectScope } from './policy.js';
import { openText } from './sealing.js';

const GROUNDS: Record<string, string> = {
  registering: 'een casus aanmeldde',
  items: 'informatie verstrekte',
  triage: 'een bevraging beantwoordde',
};

/** "YYYY-MM-DD HH:mm" in the house's time zone. */
export function localTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

export async function exportPdf(
  ctx: SubjectContext,
  p: Principal,
  scope: SubjectScope,
  requestId: string,
  partyId: string,
  trace: TraceContext,
): Promise<{ pdf: Uint8Array; filename: string }> {
  const data = await compileExportData(ctx, p, scope, requestId, partyId, trace, {
    logName: 'subject-request.export-pdf',
    withPerson: true,
  });
  const e = data.export;
  const house = await ctx.db.selectFrom('house').select(['name', 'timezone']).executeTakeFirstOrThrow();
  const activities = new Map(
    (await ctx.db.selectFrom('processing_activities').select(['uri', 'name']).execute()).map((a) => [
      a.uri,
      a.name,
    ]),
  );
  const parties = new Map(
    (await ctx.db.selectFrom('parties').select(['id', 'name', 'key']).execute()).map((x) => [x.id, x]),
  );
  const caseNumbers = new Map(e.cases.map((c) => [c.caseId, c.caseNumber]));
  const asked = JSON.parse(
    openText(ctx.sealKey, 'subject_requests', 'subject', requestId, data.request.subject_enc),
  ) as {
    name: string | null;
    birthDate: string | null;
  };
  const person =
    data.person ?? (asked.name && asked.birthDate ? { name: asked.name, birthDate: asked.birthDate } : null);

  const pdf = await subjectExportPdf({
    reference: e.reference,
    kind: e.kind,
    house: house.name,
    controller: e.controller.name,
    grounds: e.controller.grounds.map((g: string) => GROUNDS[g] ?? g),
    date: await houseToday(ctx.db),
    person,
    cases: e.cases,
    log: e.processingLog.entries.map((entry) => {
      const activityUri = entry.attributes['dpl.core.processing_activity_id'];
      return {
        time: localTime(entry.startTime, house.timezone),
        activity: activities.get(activityUri) ?? entry.purpose,
        operation: OPERATIONS[entry.operation] ?? entry.operation,
        actor:
          entry.actingPartyId !== null
            ? (parties.get(entry.actingPartyId)?.name ?? 'een partij')
            : entry.actingUserId === null
              ? `${house.name} (automatisch)`
              : `${house.name} (eigen medewerkers)`,
        caseNumber: entry.caseId ? (caseNumbers.get(entry.caseId) ?? null) : null,
        caseWide: entry.subjectMatch === 'case-without-bsn',
      };
    }),
    truncated: e.processingLog.truncated,
  });
  const key = parties.get(partyId)?.key ?? 'partij';
  return { pdf, filename: `verzoek-${e.reference}-${key}.pdf` };
}
