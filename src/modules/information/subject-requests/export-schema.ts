/**
 * The response schema of a controller's compilation for a data-subject request (export.ts): what
 * the party provided about the person, per case, and the processing-log entries about them.
 */
import { z } from 'zod';
import { logEntrySchema } from '../../processing-log/schemas.js';
import { grounds, requestKinds } from './schemas.js';

const personSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  bsn: z.string().nullable(),
  birthDate: z.string(),
  address: z.string(),
});

const caseSchema = z.strictObject({
  caseId: z.string(),
  caseNumber: z.string(),
  caseStatus: z.string(),
  registeredAt: z.string(),
  registration: z
    .strictObject({ person: personSchema.nullable(), reason: z.string(), goal: z.string() })
    .nullable()
    .describe('Alleen als deze partij de casus aanmeldde'),
  items: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      body: z.string(),
      regime: z.string(),
      createdAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  triageAnswers: z.array(
    z.strictObject({
      id: z.string(),
      /** The answering party's item that holds the answer, listed under items (null: not about this person). */
      itemId: z.string().nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
});

export const subjectExportSchema = z
  .strictObject({
    reference: z.string(),
    kind: z.enum(requestKinds),
    generatedAt: z.string(),
    controller: z.strictObject({ partyId: z.string(), name: z.string(), grounds: z.array(z.enum(grounds)) }),
    cases: z.array(caseSchema),
    processingLog: z.strictObject({
      entries: z.array(
        logEntrySchema.extend({
          subjectMatch: z
            .enum(['pseudonym', 'case-without-bsn'])
            .describe('case-without-bsn: kan ook een andere persoon zonder BSN in de casus betreffen'),
        }),
      ),
      truncated: z.boolean(),
    }),
  })
  .meta({ id: 'SubjectRequestExport' });
