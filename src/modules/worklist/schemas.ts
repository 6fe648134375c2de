/**
 * Response schema of "Mijn taken" (issue 5 §9): per section a count and the first items, each
 * with the case number, phase, the relevant date and an in-app link — no personal data.
 */
import { z } from 'zod';
import { caseStatuses } from '../cases/rules/state-machine.js';

export const sectionKeys = [
  'new-registrations',
  'assessments',
  'triage',
  'information-requests',
  'conferences',
  'overdue-actions',
  'deescalations',
  'escalations',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

export const taskItemSchema = z
  .strictObject({
    caseId: z.uuid(),
    caseNumber: z.string(),
    status: z
      .enum(caseStatuses)
      .nullable()
      .describe('Fase van de casus; leeg waar de gebruiker de casus zelf niet ziet (bevraging)'),
    at: z
      .string()
      .nullable()
      .describe('Datum bij de taak: wacht sinds, uiterste datum of aanvang (zie sectie)'),
    refId: z.uuid().nullable().describe('De bevraging, het overleg, de actie of het voorstel'),
    link: z.string().describe('Pad in de app'),
  })
  .meta({ id: 'TaskItem' });

export const taskSectionSchema = z
  .strictObject({
    key: z.enum(sectionKeys),
    at: z.enum(['since', 'due', 'starts']).describe('Wat de datum van de items betekent'),
    count: z.number().int().min(0),
    countCapped: z.boolean().describe('Waar: er zijn er meer dan count (toon als "99+")'),
    items: z.array(taskItemSchema),
  })
  .meta({ id: 'TaskSection' });

export const tasksSchema = z.strictObject({ sections: z.array(taskSectionSchema) }).meta({ id: 'MyTasks' });

export const tasksQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(20).default(5).describe('Items per sectie'),
});

export type TaskItem = z.infer<typeof taskItemSchema>;
export type TaskSection = z.infer<typeof taskSectionSchema>;
