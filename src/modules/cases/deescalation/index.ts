/** De-escalation and the scrub of a case (Art. 1.10, 8.4d): the routes /api/v1 exposes. */
export { deescalationRoutes } from './routes.js';
