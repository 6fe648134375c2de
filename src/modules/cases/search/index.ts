/** Case search (issue 5 §11): its routes, registered as their own module in src/modules/index.ts. */
export { caseSearchRoutes } from './routes.js';
