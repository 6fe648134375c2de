/**
 * Governance, part A (issue 7 items 1–4; Art. 4–7, 18, Bijlage 3): mandates, meetings with their
 * cadence, agenda, attendance, minutes and invitations, decisions and votes, decision lists, the
 * annual plan and report, and finances. Membership matters (accession, amendments, withdrawal,
 * exclusion, term, disputes, communication) live in ./membership and register separately.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/app.js';
import { agendaRoutes } from './agenda-routes.js';
import { annualRoutes } from './annual-routes.js';
import { cadenceRoutes } from './cadence-routes.js';
import { decisionActionRoutes } from './decision-action-routes.js';
import { decisionListRoutes } from './decision-list-routes.js';
import { decisionRoutes } from './decision-routes.js';
import { financeRoutes } from './finance-routes.js';
import { mandateRoutes } from './mandate-routes.js';
import { meetingRecordRoutes } from './meeting-record-routes.js';
import { meetingRoutes } from './meeting-routes.js';

export function governanceRoutes(fastify: FastifyInstance, deps: AppDeps) {
  mandateRoutes(fastify, deps);
  meetingRoutes(fastify, deps);
  meetingRecordRoutes(fastify, deps);
  cadenceRoutes(fastify, deps);
  agendaRoutes(fastify, deps);
  decisionRoutes(fastify, deps);
  decisionActionRoutes(fastify, deps);
  decisionListRoutes(fastify, deps);
  annualRoutes(fastify, deps);
  financeRoutes(fastify, deps);
}
