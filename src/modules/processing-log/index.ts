/**
 * The processing-log module: reading and exporting the Logboek Dataverwerkingen over the API.
 * Writing to the log is platform code (src/platform/processing-log), used by every module.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/app.js';
import { exportRoutes } from './export-route.js';
import { searchRoutes } from './routes.js';

export function processingLogRoutes(app: FastifyInstance, deps: AppDeps) {
  searchRoutes(app, deps);
  exportRoutes(app, deps);
}
