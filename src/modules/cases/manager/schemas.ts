/**
 * The manager's overview (Art. 11.3; domain.md: counts and metadata only). The response schema is
 * what guarantees that no person or text can leave through it.
 */
import { z } from 'zod';
import { caseStatuses } from '../rules/state-machine.js';

const count = z.number().int().min(0);

export const managerOverviewSchema = z
  .strictObject({
    today: z.string().describe('De datum (JJJJ-MM-DD) waartegen verlopen acties zijn geteld'),
    byPhase: z.array(z.strictObject({ status: z.enum(caseStatuses), count })),
    byRegisteringParty: z.array(z.strictObject({ partyId: z.string(), count })),
    byMonth: z
      .array(z.strictObject({ month: z.string().describe('JJJJ-MM van aanmelding'), count }))
      .describe('Aanmeldingen per maand (ingediend, geen concepten)'),
    overdueActions: count.describe('Open acties waarvan de termijn is verstreken (Art. 13.2)'),
    scrubPending: count.describe('Afgeschaalde dossiers die nog geschoond moeten worden (Art. 1.10)'),
    escalated: z
      .array(
        z.strictObject({
          caseId: z.string(),
          caseNumber: z.string(),
          status: z.enum(caseStatuses),
          protocolKey: z.string(),
          submittedAt: z.string().nullable(),
          escalatedAt: z.string(),
        }),
      )
      .describe('Opgeschaalde casussen (Art. 11.3d): alleen metagegevens'),
  })
  .meta({ id: 'ManagerOverview' });
