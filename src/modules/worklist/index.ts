/** "Mijn taken" (issue 5 §9): the worklist route, registered in src/modules/index.ts. */
export { worklistRoutes } from './routes.js';
