/**
 * Data-subject requests at the house's single contact point (Wgs): the routes /api/v1 exposes, and
 * the retention rule that src/server.ts's retentionOptions lists in `recordRules`.
 */
export { subjectRequestRetention } from './removal.js';
export { subjectRequestRoutes } from './routes.js';
