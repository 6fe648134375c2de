/**
 * Pure rules of the scrub and closing (Art. 1.10): the decisions must cover every element of the
 * dossier exactly once, keeping needs a reason, and the closed dossier is kept until its privacy
 * protocol's retention period (months, configuration) has passed.
 */

export interface Decision {
  type: string;
  id: string;
  decision: 'keep' | 'remove';
  reason?: string | undefined;
}

/** Null when the decisions fit the listed elements; otherwise what is wrong, in Dutch. */
export function checkDecisions(
  elements: { type: string; id: string }[],
  decisions: Decision[],
): string | null {
  const key = (x: { type: string; id: string }) => `${x.type}:${x.id}`;
  const listed = new Set(elements.map(key));
  const seen = new Set<string>();
  for (const d of decisions) {
    const k = key(d);
    if (!listed.has(k)) return `onbekend onderdeel van het dossier: ${k}`;
    if (seen.has(k)) return `dubbel besluit over ${k}`;
    seen.add(k);
    if (d.decision === 'keep' && !d.reason?.trim()) return `geef een reden om ${k} te bewaren`;
  }
  const missing = [...listed].filter((k) => !seen.has(k));
  if (missing.length) return `besluit over elk onderdeel; ontbreekt: ${missing.slice(0, 5).join(', ')}`;
  return null;
}

/**
 * The first moment the retention engine finds the dossier due: `months` after closing; when that
 * day does not exist (31 January + 1 month), the first moment of the next month. The mirror of
 * the engine's cutoffFor (src/platform/retention/rules.ts), checked against it by a property test.
 */
export function retentionUntil(closedAt: string, months: number): string {
  const d = new Date(closedAt);
  const day = d.getUTCDate();
  const target = new Date(d.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  if (day <= last) {
    target.setUTCDate(day);
    return target.toISOString();
  }
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 1)).toISOString();
}
