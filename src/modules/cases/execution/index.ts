/** Execution and escalation of a case (Art. 8.5, 11.3d, 13): the routes /api/v1 exposes. */
export { executionRoutes } from './routes.js';
