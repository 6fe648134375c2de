/**
 * Request and response schemas of execution and escalation (Art. 8.5, 11.3d, 13). Strict objects:
 * unknown fields are refused; responses list exactly what may leave the server.
 */
import { z } from 'zod';
import { citationSchema, citedItemIdsSchema } from '../../information/schemas.js';
import { caseStatuses } from '../rules/state-machine.js';
import { userNamesSchema } from '../user-names.js';
import { actionPermissions, executionActions } from './policy.js';
import { actionStatuses } from './rules.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const actionParamsSchema = z.strictObject({ id: z.uuid(), actionId: z.uuid() });

export const actionStatusBodySchema = z
  .strictObject({
    status: z.enum(actionStatuses),
    note: text(5_000).optional().describe('Toelichting bij de wijziging; wordt versleuteld opgeslagen'),
  })
  .meta({ id: 'CaseActionStatusChange' });

export const progressBodySchema = z
  .strictObject({ text: text(20_000) })
  .meta({ id: 'CaseProgressReportCreate' });
export const escalateBodySchema = z
  .strictObject({ reason: text(10_000) })
  .meta({ id: 'CaseEscalationCreate' });
export const resolveBodySchema = z
  .strictObject({ resolution: text(10_000) })
  .meta({ id: 'CaseEscalationResolution' });

export const actionStatusChangeSchema = z.strictObject({
  at: z.string(),
  fromStatus: z.enum(actionStatuses),
  toStatus: z.enum(actionStatuses),
  changedByUserId: z.string(),
  note: z.string().nullable(),
});

export const actionSchema = z
  .strictObject({
    id: z.string(),
    conferenceId: z.string().nullable(),
    ownerPartyId: z.string(),
    description: z.string(),
    dueDate: z.string(),
    status: z.enum(actionStatuses),
    overdue: z.boolean(),
    version: z.number().int().describe('Voor If-Match bij het wijzigen van de status'),
    history: z.array(actionStatusChangeSchema),
    citations: z
      .array(citationSchema)
      .describe('De informatie waarop de actie steunt, voor zover u die nu mag zien (Art. 16.2)'),
    permissions: z.array(z.enum(actionPermissions)),
  })
  .meta({ id: 'CaseExecutionAction' });

export const actionCitationsBodySchema = z
  .strictObject({ itemIds: citedItemIdsSchema })
  .meta({ id: 'CaseActionCitationsChange' });

export const progressReportSchema = z
  .strictObject({ id: z.string(), at: z.string(), authorUserId: z.string(), text: z.string() })
  .meta({ id: 'CaseProgressReport' });

export const escalationSchema = z
  .strictObject({
    id: z.string(),
    escalatedAt: z.string(),
    escalatedByUserId: z.string(),
    reason: z.string(),
    resolvedAt: z.string().nullable(),
    resolvedByUserId: z.string().nullable(),
    resolution: z.string().nullable(),
  })
  .meta({ id: 'CaseEscalation' });

export const executionSchema = z
  .strictObject({
    caseId: z.string(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    escalated: z.boolean(),
    actions: z.array(actionSchema),
    progressReports: z
      .array(progressReportSchema)
      .nullable()
      .describe('Alleen voor casuscoördinator, procesregisseur en (bij opschaling) de manager'),
    escalations: z
      .array(escalationSchema)
      .nullable()
      .describe('Alleen voor casuscoördinator, procesregisseur en (bij opschaling) de manager'),
    userNames: userNamesSchema,
    permissions: z.array(z.enum(executionActions)),
    version: z.number().int().describe('Versie van de casus, voor If-Match bij opschalen'),
  })
  .meta({ id: 'CaseExecution' });

export const actionRefSchema = z
  .strictObject({ id: z.string(), status: z.enum(actionStatuses), version: z.number().int() })
  .meta({ id: 'CaseActionRef' });

export const overdueActionSchema = z
  .strictObject({
    caseId: z.string(),
    caseNumber: z.string(),
    actionId: z.string(),
    ownerPartyId: z.string(),
    dueDate: z.string(),
    status: z.enum(actionStatuses),
    daysOverdue: z.number().int(),
  })
  .meta({ id: 'OverdueAction', description: 'Zonder persoonsgegevens of tekst: voor werklijsten' });
