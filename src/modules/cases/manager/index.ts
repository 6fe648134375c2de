/** The manager's overview: counts and metadata only (Art. 11.3): the routes /api/v1 exposes. */
export { managerRoutes } from './routes.js';
