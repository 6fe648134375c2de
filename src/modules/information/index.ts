/**
 * Information items (issue 6 part A; Art. 9.2, 12.2f, 15, 16, 17): provider-controlled items in a
 * case. What other modules use: the routes, the visibility rule and its SQL twin (for disclosure
 * and data-subject requests, which list items), the gate for one item, the retention remover and
 * the scrub source.
 */
export {
  caseViewOf,
  conditionsOf,
  type ItemRow,
  loadItem,
  viewerOf,
  visibleItem,
  withLinks,
} from './access.js';
export { itemsVisibleTo, liveItem } from './items-sql.js';
export { removeItemRows } from './retention.js';
export { informationRoutes } from './routes.js';
export { canSee, isProvider, visibilityReason } from './rules/visibility.js';
