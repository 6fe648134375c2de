/**
 * Server refusals mapped to the form fields they are about. A validation problem's detail names
 * its fields ("Body ongeldig — invitations[0].partyId: deze partij …; goal: …"), both in zod's
 * dotted form and in the commands' bracket form; this turns it into (path, message) pairs with one
 * path notation (`invitations.0.partyId`), and finds the form field a path belongs to.
 */
import { ApiError, errorCode } from './problem';

export interface FieldProblem {
  path: string;
  message: string;
}

/** `a[0].b` and `a.0.b` both become `a.0.b`. */
export const normalisePath = (path: string) => path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');

/** The field problems in a validation detail; [] when the detail names no field. */
export function fieldProblems(detail: string | undefined): FieldProblem[] {
  if (!detail) return [];
  const dash = detail.indexOf(' — ');
  const body = dash >= 0 ? detail.slice(dash + 3) : detail;
  const out: FieldProblem[] = [];
  for (const part of body.split('; ')) {
    const match = /^([A-Za-z][\w.[\]]*): (.+)$/.exec(part.trim());
    if (match?.[1] && match[2]) out.push({ path: normalisePath(match[1]), message: match[2] });
  }
  return out;
}

/** The field problems of an error from the API (only validation problems name fields). */
export function errorFieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || errorCode(error) !== 'validation') return [];
  return fieldProblems(error.problem?.detail);
}

/**
 * The form field a path belongs to: the longest known field key that is the path or a prefix of
 * it (`actions.0.dueDate` → `actions.0.dueDate`, `invitations.0.participantUserIds.1` →
 * `invitations.0.participantUserIds`), or undefined.
 */
export function fieldFor(path: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const key of known) {
    if ((path === key || path.startsWith(`${key}.`)) && (!best || key.length > best.length)) best = key;
  }
  return best;
}
