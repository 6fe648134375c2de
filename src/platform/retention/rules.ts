/**
 * When a closed dossier is due for removal: its privacy protocol's retention period (months,
 * from the house configuration) after closing (Art. 1.10: cleaned, kept, then removed entirely).
 */

/** The moment before which a dossier must have closed to be due now. */
export function cutoffFor(now: Date, retentionMonths: number): string {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - retentionMonths);
  // Clamp to the month's last day (31 March minus one month is 28/29 February, not 3 March).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString();
}

/** The anonymous statistics bucket a removal counts in. */
export function statisticsBucket(protocolKey: string, closedAt: string, now: Date) {
  return {
    protocol_key: protocolKey,
    closed_year: Number(closedAt.slice(0, 4)),
    removed_month: now.toISOString().slice(0, 7),
  };
}
