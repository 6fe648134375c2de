/**
 * Exporting the processing log as JSON Lines or CSV, streamed in batches by seq so that memory
 * stays constant however large the log. The export is logged before the first byte is sent.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { nowUtc } from '../../platform/ids.js';
import { EXPORT_CONTENT_TYPES, exportChunks } from './export-format.js';
import { recordLogReading } from './log-reading.js';
import { entryBatches } from './queries.js';
import { requireScope, tags } from './routes.js';
import { exportQuerySchema } from './schemas.js';

export function exportRoutes(fastify: FastifyInstance, { db }: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const k = db.kysely;

  app.get(
    '/processing-log/export',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Exporteer het verwerkingslogboek als JSON Lines of CSV (gestreamd)',
        querystring: exportQuerySchema,
        produces: ['application/x-ndjson', 'text/csv'],
        response: { 200: z.string().describe('JSON Lines (één regel per logregel) of CSV met kopregel') },
      },
    },
    async (request, reply) => {
      const started = nowUtc();
      const scope = requireScope(request, 'export');
      const { format, ...filters } = request.query;
      await recordLogReading(k, request, 'processing-log.export', filters, started);
      const stamp = started.slice(0, 19).replaceAll(':', '');
      return (
        reply
          .type(EXPORT_CONTENT_TYPES[format])
          .header('Content-Disposition', `attachment; filename="verwerkingslogboek-${stamp}Z.${format}"`)
          // A stream bypasses the response serializer; the schema above only documents the body.
          .send(Readable.from(exportChunks(format, entryBatches(k, scope, filters))) as unknown as string)
      );
    },
  );
}
