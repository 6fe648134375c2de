/**
 * The signed-in user's own place in governance (GET /me/governance): their seats in the
 * Stuurgroep, the Partneroverleg and the annual meeting (Art. 4.3, 6.3, 6.4), whether they vote
 * or run the meetings there (4.6, 6.9), and which governance records the server lets them read.
 * The Bestuur menu and pages follow this answer, so nobody is sent to screens that answer 404.
 */
import { bodyRef, ref, useGov, z } from './governanceClient';

export const MY_GOVERNANCE_PERMISSIONS = [
  'read-membership-records',
  'read-annual-documents',
  'read-finances',
  'raise-disputes',
] as const;

export const SEAT_ROLES = ['member', 'chair', 'secretary'] as const;

const seatSchema = z.object({
  body: bodyRef,
  role: z.enum(SEAT_ROLES),
  votesFor: z.array(ref),
  mayVote: z.boolean(),
  mayManageMeetings: z.boolean(),
});
export type Seat = z.infer<typeof seatSchema>;

export const myGovernanceSchema = z.object({
  items: z.array(seatSchema),
  /** Unknown (newer) permissions are kept as plain strings and simply not used. */
  permissions: z.array(z.string()),
});
export type MyGovernance = z.infer<typeof myGovernanceSchema>;

/** Only while logged in: anonymous callers would get 401. */
export const useMyGovernance = (enabled = true) =>
  useGov(['me'], enabled ? '/me/governance' : null, myGovernanceSchema);

/** The screens of Bestuur, keyed as in GovernancePage's SECTIONS. */
export type GovSection =
  | 'accessions'
  | 'versions'
  | 'terminations'
  | 'disputes'
  | 'statements'
  | 'meetings'
  | 'mandates'
  | 'annual'
  | 'finances';

/** What a section needs; the server decides the same (src/modules/governance/my-seats.ts). */
export const SECTION_NEEDS: Record<GovSection, 'seat' | (typeof MY_GOVERNANCE_PERMISSIONS)[number]> = {
  accessions: 'read-membership-records',
  versions: 'read-membership-records',
  terminations: 'read-membership-records',
  statements: 'read-membership-records',
  disputes: 'raise-disputes',
  meetings: 'seat',
  mandates: 'seat',
  annual: 'read-annual-documents',
  finances: 'read-finances',
};

/** Whether the user may use a section: meetings and mandates only in bodies they sit in (5.7, 7.5). */
export function mayUseSection(section: GovSection, mine: MyGovernance): boolean {
  const need = SECTION_NEEDS[section];
  return need === 'seat' ? mine.items.length > 0 : mine.permissions.includes(need);
}

/** The bodies the user sits in, and those whose meetings they run (the body's secretary). */
export const seatedBodies = (mine: MyGovernance) => mine.items.map((s) => s.body);
export const managedBodies = (mine: MyGovernance) =>
  mine.items.filter((s) => s.mayManageMeetings).map((s) => s.body);
