/**
 * Request and response schemas of de-escalation and the scrub (Art. 1.10, 8.4d). Strict objects;
 * a kept element needs a reason (also checked by the database).
 */
import { z } from 'zod';
import { caseStatuses } from '../rules/state-machine.js';
import { userNamesSchema } from '../user-names.js';
import { elementTypes } from './elements.js';
import { deescalationActions } from './policy.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const proposeBodySchema = z
  .strictObject({
    evaluation: text(20_000).describe(
      'De toetsing aan de afschalingscriteria van het casusoverleg (Art. 8.4d)',
    ),
  })
  .meta({ id: 'CaseDeescalationProposal' });
export const cancelBodySchema = z
  .strictObject({ reason: text(5_000) })
  .meta({ id: 'CaseDeescalationCancel' });

export const scrubDecisionSchema = z
  .strictObject({
    type: z.enum(elementTypes),
    id: z.string().min(1).max(100),
    decision: z.enum(['keep', 'remove']),
    reason: text(5_000).optional().describe('Verplicht bij bewaren (Art. 1.10)'),
  })
  .refine((d) => d.decision === 'remove' || d.reason !== undefined, {
    message: 'geef een reden om te bewaren',
    path: ['reason'],
  });
export const scrubBodySchema = z
  .strictObject({ decisions: z.array(scrubDecisionSchema).max(10_000) })
  .meta({ id: 'CaseScrub' });

const proposalSchema = z.strictObject({
  id: z.string(),
  status: z.enum(['pending', 'approved', 'cancelled']),
  proposedByUserId: z.string(),
  proposedAt: z.string(),
  conferenceId: z.string().nullable(),
  evaluation: z.string(),
  procesregisseurApproval: z.strictObject({ userId: z.string(), at: z.string() }).nullable(),
  coordinatorApproval: z.strictObject({ userId: z.string(), at: z.string() }).nullable(),
  cancelledAt: z.string().nullable(),
  cancelledByUserId: z.string().nullable(),
  cancelReason: z.string().nullable(),
  scrubbedAt: z.string().nullable(),
  scrubbedByUserId: z.string().nullable(),
  retentionUntil: z.string().nullable(),
});

export const deescalationSchema = z
  .strictObject({
    caseId: z.string(),
    status: z.enum(caseStatuses),
    criteria: z
      .string()
      .nullable()
      .describe('De afschalingscriteria van het laatst gehouden casusoverleg (Art. 8.4d)'),
    proposals: z.array(proposalSchema),
    scrubPending: z.boolean(),
    userNames: userNamesSchema,
    permissions: z.array(z.enum(deescalationActions)),
    version: z.number().int(),
  })
  .meta({ id: 'CaseDeescalation' });

export const elementSchema = z.strictObject({
  type: z.enum(elementTypes),
  id: z.string(),
  label: z.string(),
  preview: z.string().nullable(),
});

export const scrubDecisionViewSchema = z.strictObject({
  type: z.string(),
  id: z.string(),
  decision: z.enum(['keep', 'remove']),
  reason: z.string().nullable(),
  decidedByUserId: z.string(),
  decidedAt: z.string(),
});

export const scrubViewSchema = z
  .strictObject({
    caseId: z.string(),
    pending: z.boolean(),
    elements: z.array(elementSchema).describe('Wat het dossier nu bevat'),
    decisions: z.array(scrubDecisionViewSchema).describe('Eerder genomen besluiten'),
    version: z.number().int(),
  })
  .meta({ id: 'CaseScrubView' });

export const closedRefSchema = z
  .strictObject({
    id: z.string(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    version: z.number().int(),
    retentionUntil: z.string(),
    removed: z.number().int(),
    kept: z.number().int(),
  })
  .meta({ id: 'CaseClosed' });
