/** The domain modules whose routes make up /api/v1. Add a module here to expose it. */
import type { Module } from '../platform/http/app.js';
import { deescalationRoutes } from './cases/deescalation/index.js';
import { executionRoutes } from './cases/execution/index.js';
import { caseRoutes } from './cases/index.js';
import { managerRoutes } from './cases/manager/index.js';
import { caseSearchRoutes } from './cases/search/index.js';
import { governanceRoutes } from './governance/index.js';
import { membershipRoutes as governanceMembershipRoutes } from './governance/membership/index.js';
import { mySeatsRoutes } from './governance/my-seats-routes.js';
import { houseRoutes } from './house/routes.js';
import { identityRoutes } from './identity/index.js';
import { disclosureRoutes } from './information/disclosure/index.js';
import { informationRoutes } from './information/index.js';
import { informationSettingsRoutes } from './information/settings-routes.js';
import { subjectRequestRoutes } from './information/subject-requests/index.js';
import { notificationRoutes } from './notifications/index.js';
import { partyRoutes } from './parties/routes.js';
import { processingLogRoutes } from './processing-log/index.js';
import { worklistRoutes } from './worklist/index.js';

export const apiModules: Module[] = [
  { name: 'house', routes: houseRoutes },
  { name: 'parties', routes: partyRoutes },
  { name: 'identity', routes: identityRoutes },
  { name: 'processing-log', routes: processingLogRoutes },
  { name: 'cases', routes: caseRoutes },
  { name: 'case-search', routes: caseSearchRoutes },
  { name: 'case-execution', routes: executionRoutes },
  { name: 'case-deescalation', routes: deescalationRoutes },
  { name: 'information', routes: informationRoutes },
  { name: 'manager', routes: managerRoutes },
  { name: 'notifications', routes: notificationRoutes },
  { name: 'worklist', routes: worklistRoutes },
  { name: 'governance-membership', routes: governanceMembershipRoutes },
  { name: 'governance', routes: governanceRoutes },
  { name: 'governance-my-seats', routes: mySeatsRoutes },
  { name: 'information-disclosure', routes: disclosureRoutes },
  { name: 'subject-requests', routes: subjectRequestRoutes },
  { name: 'information-settings', routes: informationSettingsRoutes },
];
