/**
 * Request and response schemas of the processing-log module. Data subjects are searched by
 * pseudonym in URLs; a BSN travels only in a POST body, checked with the elfproef, and is
 * pseudonymised before anything else happens.
 */
import { z } from 'zod';
import { isValidBsn } from '../../platform/crypto/bsn.js';
import { pageQuerySchema } from '../../platform/http/pagination.js';

/** An ISO-8601 moment, normalised to the stored format (UTC, milliseconds) so text comparison works. */
const moment = z.iso
  .datetime({ offset: true, message: 'verwacht een ISO-8601-tijdstip' })
  .transform((v) => new Date(v).toISOString());

export const filterShape = {
  caseId: z.string().trim().min(1).max(100).optional(),
  from: moment.optional().describe('Vanaf dit tijdstip (start_time, inclusief)'),
  to: moment.optional().describe('Tot dit tijdstip (start_time, exclusief)'),
};

const pseudonym = z
  .string()
  .regex(
    /^[0-9a-f]{64}$/,
    'verwacht een pseudoniem (64 hexadecimale tekens); zoek op BSN via POST /processing-log/search',
  )
  .describe('Pseudoniem van de betrokkene (dpl.core.data_subject_id)');

export const listQuerySchema = pageQuerySchema.extend({ ...filterShape, dataSubject: pseudonym.optional() });

export const searchBodySchema = z
  .strictObject({
    bsn: z
      .string()
      .trim()
      .refine(isValidBsn, 'geen geldig BSN (9 cijfers, elfproef)')
      .describe('BSN van de betrokkene; wordt direct gepseudonimiseerd en nergens opgeslagen'),
    ...filterShape,
    limit: pageQuerySchema.shape.limit,
    cursor: pageQuerySchema.shape.cursor,
  })
  .meta({ id: 'ProcessingLogSearch' });

export const exportQuerySchema = z.strictObject({
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
  ...filterShape,
  dataSubject: pseudonym.optional(),
});

export const logEntrySchema = z
  .strictObject({
    id: z.string(),
    seq: z.number().int(),
    traceId: z.string(),
    spanId: z.string(),
    parentSpanId: z.string().nullable(),
    name: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    statusCode: z.enum(['unset', 'ok', 'error']),
    attributes: z.strictObject({
      'dpl.core.processing_activity_id': z.string(),
      'dpl.core.data_subject_id': z.string().nullable(),
      'dpl.core.data_subject_id_type': z.string().nullable(),
    }),
    actingUserId: z.string().nullable(),
    actingPartyId: z.string().nullable(),
    controllerPartyId: z
      .string()
      .nullable()
      .describe('De partij die de gegevens verstrekte (verwerkingsverantwoordelijke)'),
    caseId: z.string().nullable(),
    purpose: z.string(),
    operation: z.enum(['create', 'read', 'update', 'disclose', 'remove']),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'ProcessingLogEntry' });

export const logPageSchema = z
  .strictObject({ items: z.array(logEntrySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ProcessingLogPage' });

export const searchPageSchema = z
  .strictObject({
    dataSubject: z.string().describe('Het pseudoniem waarop is gezocht'),
    items: z.array(logEntrySchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ProcessingLogSearchResult' });

export type LogFilters = {
  caseId?: string | undefined;
  dataSubject?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};
