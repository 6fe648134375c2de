/** The domain modules whose routes make up /api/v1. Add a module here to expose it. */
import type { Module } from '../platform/http/app.js';
import { caseRoutes } from './cases/index.js';
import { houseRoutes } from './house/routes.js';
import { identityRoutes } from './identity/index.js';
import { partyRoutes } from './parties/routes.js';
import { processingLogRoutes } from './processing-log/index.js';

export const apiModules: Module[] = [
  { name: 'house', routes: houseRoutes },
  { name: 'parties', routes: partyRoutes },
  { name: 'identity', routes: identityRoutes },
  { name: 'processing-log', routes: processingLogRoutes },
  { name: 'cases', routes: caseRoutes },
];
