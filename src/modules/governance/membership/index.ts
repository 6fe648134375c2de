/**
 * Governance part B, membership of the covenant (issue 7 items 5–9): accession (Art. 20,
 * Bijlage 1), amendments and re-signing (21), withdrawal and exclusion (23.1–23.3), the term
 * (23.1), disputes about role-holders (11.4, 12.4, 13.4) and external communication (19).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/http/app.js';
import { accessionRoutes } from './accession-routes.js';
import { amendmentRoutes } from './amendment-routes.js';
import { disputeRoutes } from './dispute-routes.js';
import { statementRoutes } from './statement-routes.js';
import { termRoutes } from './term-routes.js';
import { terminationRoutes } from './termination-routes.js';

export function membershipRoutes(app: FastifyInstance, deps: AppDeps) {
  termRoutes(app, deps);
  accessionRoutes(app, deps);
  amendmentRoutes(app, deps);
  terminationRoutes(app, deps);
  disputeRoutes(app, deps);
  statementRoutes(app, deps);
}
