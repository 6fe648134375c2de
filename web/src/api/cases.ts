/**
 * The case flow's data as the web app reads it (GET /api/v1/cases, GET /api/v1/cases/{id}):
 * types and parsers only, no React. Parsers are lenient about what they do not know — newer phases'
 * permissions and extra fields (added by later parts of the flow: triage, conferences) pass
 * through untouched (`permissions` keeps every string, `raw` keeps the whole body), so a new case
 * section can read them without changing this file.
 */
import { isBoolean, isRecord, isString, isStringArray, oneOf } from './client';

/** The phases of a case (domain.md §3), in the order of the flow. */
export const CASE_STATUSES = [
  'concept',
  'aangemeld',
  'in_beoordeling',
  'afgewezen',
  'ingetrokken',
  'in_triage',
  'afgesloten_zonder_overleg',
  'overleg_gepland',
  'in_uitvoering',
  'afgeschaald',
  'verwijderd',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const isCaseStatus = oneOf(CASE_STATUSES);

export const CASE_TYPES = ['person', 'family', 'group'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const isCaseType = oneOf(CASE_TYPES);

/** The caller's relation to a case, as the server names them (src/modules/cases/relations.ts). */
export const CASE_RELATIONS = [
  'registering',
  'coordinator',
  'participant',
  'assigned',
  'to-pick-up',
  'informatiecentrum',
  'escalated-manager',
] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];
const isCaseRelation = oneOf(CASE_RELATIONS);

/** The four criteria of Bijlage 2, in the order the covenant lists them. */
export const CRITERIA = [
  'areaSafetyProblem',
  'impactOnSystem',
  'multipleChainsNeeded',
  'multiproblem',
] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Criteria = Record<Criterion, boolean>;

export interface CaseSummary {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  caseType: CaseType;
  protocolKey: string;
  relation: CaseRelation;
  /** Null while a registration waits to be picked up (data minimisation). */
  personNames: string[] | null;
  createdAt: string;
  submittedAt: string | null;
  updatedAt: string;
}

export interface CasePage {
  items: CaseSummary[];
  nextCursor: string | null;
}

export interface CasePerson {
  id: string;
  name: string;
  bsn: string | null;
  birthDate: string;
  address: string;
}

export interface TimelineEvent {
  id: string;
  at: string;
  type: string;
  article: string;
  actorUserId: string | null;
  note: string | null;
  advice: string | null;
}

export interface CaseQuestion {
  id: string;
  at: string;
  authorUserId: string;
  text: string;
}

export interface Case {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  caseType: CaseType;
  protocolKey: string;
  registeringUserId: string;
  registeringPartyId: string;
  reason: string;
  goal: string;
  partnersInvolved: string[];
  informed: boolean;
  notInformedReason: string | null;
  criteria: Criteria;
  /** The computed Bijlage 2 indication: only for the procesregisseur, and it only advises. */
  indication: { complex: boolean; reasoning: string[] } | null;
  persons: CasePerson[];
  procesregisseurs: { userId: string; assignedAt: string; reason: string | null }[];
  timeline: TimelineEvent[];
  questions: CaseQuestion[];
  /** What the caller may do now; strings the app does not know yet are kept for later sections. */
  permissions: string[];
  createdAt: string;
  submittedAt: string | null;
  updatedAt: string;
  version: number;
  /** The whole answer, for sections that read fields this parser does not know. */
  raw: Record<string, unknown>;
}

export interface CaseRef {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  version: number;
}

const isNullableString = (v: unknown): v is string | null => v === null || isString(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Parses every element or fails as a whole. */
function all<T>(values: unknown, parse: (v: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(values)) return undefined;
  const out = values.map(parse);
  return out.every((v): v is T => v !== undefined) ? out : undefined;
}

export function parseCriteria(v: unknown): Criteria | undefined {
  if (!isRecord(v)) return undefined;
  if (!CRITERIA.every((c) => isBoolean(v[c]))) return undefined;
  return {
    areaSafetyProblem: v.areaSafetyProblem as boolean,
    impactOnSystem: v.impactOnSystem as boolean,
    multipleChainsNeeded: v.multipleChainsNeeded as boolean,
    multiproblem: v.multiproblem as boolean,
  };
}

export function parseCaseSummary(v: unknown): CaseSummary | undefined {
  if (!isRecord(v)) return undefined;
  const { id, caseNumber, status, caseType, protocolKey, relation, personNames } = v;
  const { createdAt, submittedAt, updatedAt } = v;
  if (!isString(id) || !isString(caseNumber) || !isCaseStatus(status) || !isCaseType(caseType))
    return undefined;
  if (!isString(protocolKey) || !isCaseRelation(relation)) return undefined;
  if (personNames !== null && !isStringArray(personNames)) return undefined;
  if (!isString(createdAt) || !isNullableString(submittedAt) || !isString(updatedAt)) return undefined;
  return {
    id,
    caseNumber,
    status,
    caseType,
    protocolKey,
    relation,
    personNames,
    createdAt,
    submittedAt,
    updatedAt,
  };
}

export function parseCasePage(v: unknown): CasePage | undefined {
  if (!isRecord(v) || !isNullableString(v.nextCursor)) return undefined;
  const items = all(v.items, parseCaseSummary);
  return items ? { items, nextCursor: v.nextCursor } : undefined;
}

function parsePerson(v: unknown): CasePerson | undefined {
  if (!isRecord(v)) return undefined;
  const { id, name, bsn, birthDate, address } = v;
  if (
    !isString(id) ||
    !isString(name) ||
    !isNullableString(bsn) ||
    !isString(birthDate) ||
    !isString(address)
  )
    return undefined;
  return { id, name, bsn, birthDate, address };
}

function parseEvent(v: unknown): TimelineEvent | undefined {
  if (!isRecord(v)) return undefined;
  const { id, at, type, article, actorUserId, note, advice } = v;
  if (!isString(id) || !isString(at) || !isString(type) || !isString(article)) return undefined;
  if (!isNullableString(actorUserId) || !isNullableString(note) || !isNullableString(advice))
    return undefined;
  return { id, at, type, article, actorUserId, note, advice };
}

export function parseQuestion(v: unknown): CaseQuestion | undefined {
  if (!isRecord(v)) return undefined;
  const { id, at, authorUserId, text } = v;
  if (!isString(id) || !isString(at) || !isString(authorUserId) || !isString(text)) return undefined;
  return { id, at, authorUserId, text };
}

function parseRegie(v: unknown): Case['procesregisseurs'][number] | undefined {
  if (!isRecord(v) || !isString(v.userId) || !isString(v.assignedAt) || !isNullableString(v.reason))
    return undefined;
  return { userId: v.userId, assignedAt: v.assignedAt, reason: v.reason };
}

function parseIndication(v: unknown): Case['indication'] | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !isBoolean(v.complex) || !isStringArray(v.reasoning)) return undefined;
  return { complex: v.complex, reasoning: v.reasoning };
}

export function parseCase(v: unknown): Case | undefined {
  if (!isRecord(v)) return undefined;
  const summary = parseCaseSummary({ ...v, relation: 'registering', personNames: null });
  const { registeringUserId, registeringPartyId, reason, goal, partnersInvolved, informed } = v;
  const { notInformedReason, permissions, version } = v;
  if (!summary || !isString(registeringUserId) || !isString(registeringPartyId)) return undefined;
  if (!isString(reason) || !isString(goal) || !isStringArray(partnersInvolved)) return undefined;
  if (!isBoolean(informed) || !isNullableString(notInformedReason)) return undefined;
  if (!isStringArray(permissions) || !isInt(version)) return undefined;
  const criteria = parseCriteria(v.criteria);
  const indication = parseIndication(v.indication);
  const persons = all(v.persons, parsePerson);
  const procesregisseurs = all(v.procesregisseurs, parseRegie);
  const timeline = all(v.timeline, parseEvent);
  const questions = all(v.questions, parseQuestion);
  if (!criteria || indication === undefined || !persons || !procesregisseurs || !timeline || !questions)
    return undefined;
  const { relation: _r, personNames: _p, ...base } = summary;
  return {
    ...base,
    registeringUserId,
    registeringPartyId,
    reason,
    goal,
    partnersInvolved,
    informed,
    notInformedReason,
    criteria,
    indication,
    persons,
    procesregisseurs,
    timeline,
    questions,
    permissions,
    version,
    raw: v,
  };
}

export function parseCaseRef(v: unknown): CaseRef | undefined {
  if (!isRecord(v)) return undefined;
  const { id, caseNumber, status, version } = v;
  if (!isString(id) || !isString(caseNumber) || !isCaseStatus(status) || !isInt(version)) return undefined;
  return { id, caseNumber, status, version };
}

/** Whether the server says the caller may take this action now. */
export const can = (c: Pick<Case, 'permissions'>, action: string): boolean => c.permissions.includes(action);

/** A registration whose outcome is final: the flow ends here until removal. */
export const CLOSED_STATUSES: readonly CaseStatus[] = [
  'afgewezen',
  'ingetrokken',
  'afgesloten_zonder_overleg',
  'afgeschaald',
  'verwijderd',
];
