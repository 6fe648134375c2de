/** Disclosure of information items to third parties (Art. 9.2, 19.1): the routes /api/v1 exposes. */
export { disclosureRoutes } from './routes.js';
