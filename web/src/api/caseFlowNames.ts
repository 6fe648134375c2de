/**
 * Who the user ids in a case answer are (issue 5): the `userNames` the case, its conferences, its
 * execution and its de-escalation carry — each professional's display name and party name, never
 * an e-mail address, and only for the people the answer already shows by id. Lenient: an older
 * server without the field gives an empty list, and the UI falls back to describing the role.
 */
import { z } from 'zod/mini';
import { nstr, str } from './caseFlowParse';

export const userNameSchema = z.object({ userId: str, displayName: str, partyId: nstr, partyName: nstr });
export type UserName = z.infer<typeof userNameSchema>;

/** The field as the flow's answers carry it; absent means nobody is named. */
export const userNamesField = z.optional(z.array(userNameSchema));

/** The names in a body the app keeps raw (the case itself, `Case.raw`); what does not fit is skipped. */
export function userNamesOf(body: unknown): UserName[] {
  if (!body || typeof body !== 'object') return [];
  const list = (body as { userNames?: unknown }).userNames;
  if (!Array.isArray(list)) return [];
  return list.flatMap((v) => {
    const parsed = userNameSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** One directory from several answers' names, by user id. */
export function nameDirectory(...lists: readonly (readonly UserName[] | undefined)[]): Map<string, UserName> {
  const out = new Map<string, UserName>();
  for (const list of lists) for (const n of list ?? []) out.set(n.userId, n);
  return out;
}
