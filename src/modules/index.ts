/** The domain modules whose routes make up /api/v1. Add a module here to expose it. */
import type { Module } from '../platform/http/app.js';
import { houseRoutes } from './house/routes.js';
import { identityRoutes } from './identity/index.js';
import { partyRoutes } from './parties/routes.js';

export const apiModules: Module[] = [
  { name: 'house', routes: houseRoutes },
  { name: 'parties', routes: partyRoutes },
  { name: 'identity', routes: identityRoutes },
];
