/**
 * The information module's effective limits for the UI (Art. 17.3): the attachment size limit the
 * server enforces (INFORMATION_ATTACHMENT_MAX_BYTES → 413), so that the browser checks against the
 * same number and names it in the message. Configuration only, no personal data; any signed-in user.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';

export const informationSettingsSchema = z
  .strictObject({
    attachmentMaxBytes: z
      .number()
      .int()
      .describe('Grootste toegestane bijlage in bytes (INFORMATION_ATTACHMENT_MAX_BYTES); groter → 413'),
  })
  .meta({ id: 'InformationSettings' });

export function informationSettingsRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/information-settings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['informatie'],
        summary:
          'De grenzen die de server aan informatie stelt, zoals de grootte van een bijlage (Art. 17.3)',
        response: { 200: informationSettingsSchema },
      },
    },
    async () => ({ attachmentMaxBytes: deps.settings.INFORMATION_ATTACHMENT_MAX_BYTES }),
  );
}
