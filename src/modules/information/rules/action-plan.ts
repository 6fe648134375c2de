/**
 * Use of an information item in the action plan (Art. 16.2: the providing party decides how the
 * other parties may use its information; domain.md §4 names "whether it may be used in the action
 * plan" among its conditions; Art. 8.4b: the plan of the conference). Pure rules, no I/O.
 *
 * - An action may cite an item only when the caller may see the item (rules/visibility.ts) and the
 *   provider allows its use in the action plan, and only while the item is live (not withdrawn,
 *   not past its expiry date). An item the caller may not see is answered exactly like an item
 *   that does not exist.
 * - The provider may tighten the condition or withdraw the item later, with immediate effect: a
 *   citation then stays (the plan records what it was based on) but reads as no longer usable, and
 *   whoever may not see the item now does not learn of the citation at all.
 */

export interface ActionPlanUse {
  useInActionPlan: boolean;
  withdrawnAt: string | null;
  expiresAt: string | null;
}

/** Art. 16.2: whether the provider allows the item's use in the action plan at `now`. */
export function usableInActionPlan(item: ActionPlanUse, now: string): boolean {
  return (
    item.useInActionPlan && item.withdrawnAt === null && (item.expiresAt === null || item.expiresAt > now)
  );
}

/** The most items one action may cite (a plan cites its sources, it does not copy a dossier). */
export const maxCitationsPerAction = 20;

/**
 * The change of an action's citations by a caller who sees only some of the cited items: the items
 * they listed replace the citations they can see; citations of items they cannot see stay as they
 * are (the caller cannot know of them, and must not be able to remove them by not naming them).
 */
export function citationChange(
  current: readonly string[],
  visibleToCaller: ReadonlySet<string>,
  requested: readonly string[],
): { add: string[]; remove: string[] } {
  const wanted = new Set(requested);
  return {
    add: [...wanted].filter((id) => !current.includes(id)),
    remove: current.filter((id) => visibleToCaller.has(id) && !wanted.has(id)),
  };
}
