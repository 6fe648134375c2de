/** The identity module: sessions and login, the user's own account, and account administration. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/app.js';
import { meRoutes } from './me-routes.js';
import { membershipRoutes } from './membership-routes.js';
import { sessionRoutes } from './session-routes.js';
import { ssoLoginRoutes } from './sso/login-routes.js';
import { ssoProviderRoutes } from './sso/provider-routes.js';
import { userRoutes } from './user-routes.js';

export function identityRoutes(app: FastifyInstance, deps: AppDeps) {
  sessionRoutes(app, deps);
  meRoutes(app, deps);
  userRoutes(app, deps);
  membershipRoutes(app, deps);
  ssoProviderRoutes(app, deps);
  ssoLoginRoutes(app, deps);
}

export { sessionAuthenticator } from './authenticator.js';
export { cookiePolicy } from './cookies.js';
export { countDemoUsers, demoLoginLines, seedDemoUsers } from './demo-users.js';
