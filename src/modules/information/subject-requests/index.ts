/** Data-subject requests at the house's single contact point (Wgs): the routes /api/v1 exposes. */
export { subjectRequestRoutes } from './routes.js';
