/**
 * Information items of a case as the web app reads them (issue 6; Art. 12.2f, 15, 16.2): a page
 * of a case's list (GET /cases/{id}/information-items, cursor-paginated) and one item
 * (GET /information-items/{id}), parsed strictly enough to trust the badges and the "why can I see
 * this?" reason. Types and parsers only; the calls are in informationItemCalls.ts.
 */
import { isBoolean, isRecord, isString, isStringArray, oneOf } from './client';

export const REGIMES = ['gewoon', 'bijzonder', 'politie', 'justitieel'] as const;
export type Regime = (typeof REGIMES)[number];
export const VISIBILITIES = ['all-participants', 'named-parties', 'procesregisseur-only'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const PRE_CONFERENCE_STATES = ['not-allowed', 'requested', 'approved'] as const;
export type PreConference = (typeof PRE_CONFERENCE_STATES)[number];
export const VISIBLE_BECAUSE = ['provider', 'procesregisseur', 'all-participants', 'named-party'] as const;
export type VisibleBecause = (typeof VISIBLE_BECAUSE)[number];
export const ITEM_ACTIONS = [
  'change-conditions',
  'withdraw',
  'add-attachment',
  'assess-pre-conference',
  'approve-pre-conference',
] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

export interface Attachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}

export interface ItemSummary {
  id: string;
  caseId: string;
  providerKind: 'party' | 'house';
  providerPartyId: string;
  providedByUserId: string;
  title: string;
  regime: Regime;
  visibility: Visibility;
  namedPartyIds: string[];
  useInActionPlan: boolean;
  preConference: PreConference;
  expiresAt: string | null;
  withdrawnAt: string | null;
  expired: boolean;
  personIds: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
  visibleBecause: VisibleBecause;
  permissions: ItemAction[];
  attachmentCount: number;
}

export interface Item extends Omit<ItemSummary, 'attachmentCount'> {
  body: string;
  attachments: Attachment[];
}

/** One page of a case's items, oldest first; `nextCursor` is null on the last page. */
export interface ItemList {
  items: ItemSummary[];
  nextCursor: string | null;
  mayCreate: boolean;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isNullableString = (v: unknown): v is string | null => v === null || isString(v);

export function parseAttachment(v: unknown): Attachment | undefined {
  if (!isRecord(v)) return undefined;
  const { id, filename, mediaType, size } = v;
  if (!isString(id) || !isString(filename) || !isString(mediaType) || !isInt(size)) return undefined;
  return { id, filename, mediaType, size };
}

/** The fields a list entry and a detail share; undefined when one is missing or malformed. */
function parseCommon(v: Record<string, unknown>): Omit<ItemSummary, 'attachmentCount'> | undefined {
  const s = v;
  if (
    !isString(s.id) ||
    !isString(s.caseId) ||
    !oneOf(['party', 'house'] as const)(s.providerKind) ||
    !isString(s.providerPartyId) ||
    !isString(s.providedByUserId) ||
    !isString(s.title) ||
    !oneOf(REGIMES)(s.regime) ||
    !oneOf(VISIBILITIES)(s.visibility) ||
    !isStringArray(s.namedPartyIds) ||
    !isBoolean(s.useInActionPlan) ||
    !oneOf(PRE_CONFERENCE_STATES)(s.preConference) ||
    !isNullableString(s.expiresAt) ||
    !isNullableString(s.withdrawnAt) ||
    !isBoolean(s.expired) ||
    !isStringArray(s.personIds) ||
    !isString(s.createdAt) ||
    !isString(s.updatedAt) ||
    !isInt(s.version) ||
    !oneOf(VISIBLE_BECAUSE)(s.visibleBecause) ||
    !isStringArray(s.permissions)
  )
    return undefined;
  return {
    id: s.id,
    caseId: s.caseId,
    providerKind: s.providerKind,
    providerPartyId: s.providerPartyId,
    providedByUserId: s.providedByUserId,
    title: s.title,
    regime: s.regime,
    visibility: s.visibility,
    namedPartyIds: s.namedPartyIds,
    useInActionPlan: s.useInActionPlan,
    preConference: s.preConference,
    expiresAt: s.expiresAt,
    withdrawnAt: s.withdrawnAt,
    expired: s.expired,
    personIds: s.personIds,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    version: s.version,
    visibleBecause: s.visibleBecause,
    // Unknown actions (a newer server) are dropped: the UI offers only what it knows.
    permissions: s.permissions.filter(oneOf(ITEM_ACTIONS)),
  };
}

export function parseItemSummary(v: unknown): ItemSummary | undefined {
  if (!isRecord(v) || !isInt(v.attachmentCount)) return undefined;
  const common = parseCommon(v);
  return common && { ...common, attachmentCount: v.attachmentCount };
}

export function parseItem(v: unknown): Item | undefined {
  if (!isRecord(v) || !isString(v.body) || !Array.isArray(v.attachments)) return undefined;
  const common = parseCommon(v);
  const attachments = v.attachments.map(parseAttachment);
  if (!common || attachments.some((a) => a === undefined)) return undefined;
  return { ...common, body: v.body, attachments: attachments as Attachment[] };
}

export function parseItemList(v: unknown): ItemList | undefined {
  if (!isRecord(v) || !Array.isArray(v.items) || !isStringArray(v.permissions)) return undefined;
  if (!isNullableString(v.nextCursor)) return undefined;
  const items = v.items.map(parseItemSummary);
  if (items.some((i) => i === undefined)) return undefined;
  return {
    items: items as ItemSummary[],
    nextCursor: v.nextCursor,
    mayCreate: v.permissions.includes('create'),
  };
}

export function parseItemRef(v: unknown): { id: string; version: number } | undefined {
  if (!isRecord(v) || !isString(v.id) || !isInt(v.version)) return undefined;
  return { id: v.id, version: v.version };
}

/** Whether the item still counts for others: not withdrawn, not past its expiry (Art. 16.2). */
export const isLive = (i: Pick<ItemSummary, 'withdrawnAt' | 'expired'>) =>
  i.withdrawnAt === null && !i.expired;
