/**
 * The case module (issue 5, this slice: registration Art. 1.7 and assessment Art. 12.2a): routes,
 * and the retention remover that src/server.ts's retentionOptions must list in `removers`.
 */
export { removeCaseRows } from './retention.js';
export { caseRoutes } from './routes.js';
