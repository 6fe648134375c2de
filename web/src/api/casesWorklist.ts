/**
 * "Mijn taken" from the server (GET /me/tasks, issue 5 §9): per role, sections of work with a
 * count and the first items, each with a case number, phase, date and in-app link — no personal
 * data. Unknown section keys (added later) are kept; the page gives them a general label.
 */
import { useQuery } from '@tanstack/react-query';
import { type CaseStatus, isCaseStatus } from './cases';
import { API_BASE, getJson, isBoolean, isRecord, isString, oneOf } from './client';

export const TASK_DATE_MEANINGS = ['since', 'due', 'starts'] as const;
export type TaskDateMeaning = (typeof TASK_DATE_MEANINGS)[number];
const isMeaning = oneOf(TASK_DATE_MEANINGS);

export interface WorklistItem {
  caseId: string;
  caseNumber: string;
  status: CaseStatus | null;
  at: string | null;
  link: string;
}

export interface WorklistSection {
  key: string;
  at: TaskDateMeaning;
  count: number;
  countCapped: boolean;
  items: WorklistItem[];
}

const nullableString = (v: unknown): v is string | null => v === null || isString(v);

function parseItem(v: unknown): WorklistItem | undefined {
  if (!isRecord(v)) return undefined;
  const { caseId, caseNumber, status, at, link } = v;
  if (!isString(caseId) || !isString(caseNumber) || !nullableString(at) || !isString(link)) return undefined;
  if (status !== null && !isCaseStatus(status)) return undefined;
  return { caseId, caseNumber, status, at, link };
}

function parseSection(v: unknown): WorklistSection | undefined {
  if (!isRecord(v) || !isString(v.key) || !isMeaning(v.at) || !isBoolean(v.countCapped)) return undefined;
  const { count } = v;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || !Array.isArray(v.items))
    return undefined;
  const items = v.items.map(parseItem);
  if (!items.every((i): i is WorklistItem => i !== undefined)) return undefined;
  return { key: v.key, at: v.at, count, countCapped: v.countCapped, items };
}

export function parseWorklist(v: unknown): WorklistSection[] | undefined {
  if (!isRecord(v) || !Array.isArray(v.sections)) return undefined;
  const sections = v.sections.map(parseSection);
  return sections.every((s): s is WorklistSection => s !== undefined) ? sections : undefined;
}

export const WORKLIST_KEY = ['cases', 'worklist'] as const;

export function useWorklist() {
  return useQuery({
    queryKey: WORKLIST_KEY,
    queryFn: ({ signal }) => getJson(`${API_BASE}/me/tasks?limit=5`, parseWorklist, signal),
    staleTime: 0,
  });
}
