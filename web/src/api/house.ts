/**
 * The house this deployment serves (GET /api/v1/house): its name, branding colours and whether it
 * runs with demo data. Fetched once per visit and shared through TanStack Query. Functioneel
 * beheer also edits it (PATCH with If-Match): name, branding, the triage schedule and the cadence
 * of the governance meetings.
 */
import { useQuery } from '@tanstack/react-query';
import {
  API_BASE,
  apiRequest,
  getJson,
  getJsonWithEtag,
  isRecord,
  isString,
  isStringArray,
  oneOf,
} from './client';
import { ApiError } from './problem';

export const HOUSE_PATH = `${API_BASE}/house`;
export const HOUSE_KEY = ['house'] as const;

export interface House {
  slug: string;
  name: string;
  shortName: string;
  centrumgemeente: { id: string; name: string };
  branding: { primaryColor: string; secondaryColor: string; textOnPrimary: string };
  mode: 'demo' | 'production';
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function parseHouse(body: unknown): House | undefined {
  if (!isRecord(body)) return undefined;
  const { slug, name, shortName, centrumgemeente, branding, mode } = body;
  if (!isString(slug) || !isString(name) || !isString(shortName)) return undefined;
  if (!isRecord(centrumgemeente) || !isString(centrumgemeente.id) || !isString(centrumgemeente.name))
    return undefined;
  if (!isRecord(branding)) return undefined;
  const { primaryColor, secondaryColor, textOnPrimary } = branding;
  const colours = [primaryColor, secondaryColor, textOnPrimary];
  if (!colours.every((c): c is string => isString(c) && HEX_COLOUR.test(c))) return undefined;
  if (mode !== 'demo' && mode !== 'production') return undefined;
  return {
    slug,
    name,
    shortName,
    centrumgemeente: { id: centrumgemeente.id, name: centrumgemeente.name },
    branding: {
      primaryColor: primaryColor as string,
      secondaryColor: secondaryColor as string,
      textOnPrimary: textOnPrimary as string,
    },
    mode,
  };
}

export function useHouse() {
  return useQuery({
    queryKey: HOUSE_KEY,
    queryFn: ({ signal }) => getJson(HOUSE_PATH, parseHouse, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const isWeekday = oneOf(WEEKDAYS);

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isTimeOfDay = (value: unknown): value is string => isString(value) && TIME_OF_DAY.test(value);

export interface Triage {
  weekday: Weekday;
  time: string;
  registrationDeadline: { weekday: Weekday; time: string };
}

export interface Cadence {
  stuurgroepMinPerYear: number;
  partneroverlegIntervalWeeks: number;
  annualMeetingsPerYear: number;
}

export const CADENCE_FIELDS = [
  'stuurgroepMinPerYear',
  'partneroverlegIntervalWeeks',
  'annualMeetingsPerYear',
] as const;
export type CadenceField = (typeof CADENCE_FIELDS)[number];

/** The house as functioneel beheer edits it: everything the header needs, plus the schedule. */
export interface HouseSettings extends House {
  id: string;
  timezone: string;
  triage: Triage;
  cadence: Cadence;
  permissions: 'update'[];
}

function parseTriage(value: unknown): Triage | undefined {
  if (!isRecord(value) || !isRecord(value.registrationDeadline)) return undefined;
  const { weekday, time } = value;
  const deadline = value.registrationDeadline;
  if (!isWeekday(weekday) || !isTimeOfDay(time)) return undefined;
  if (!isWeekday(deadline.weekday) || !isTimeOfDay(deadline.time)) return undefined;
  return { weekday, time, registrationDeadline: { weekday: deadline.weekday, time: deadline.time } };
}

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);

function parseCadence(value: unknown): Cadence | undefined {
  if (!isRecord(value)) return undefined;
  const { stuurgroepMinPerYear, partneroverlegIntervalWeeks, annualMeetingsPerYear } = value;
  if (!isWholeNumber(stuurgroepMinPerYear) || !isWholeNumber(partneroverlegIntervalWeeks)) return undefined;
  if (!isWholeNumber(annualMeetingsPerYear)) return undefined;
  return { stuurgroepMinPerYear, partneroverlegIntervalWeeks, annualMeetingsPerYear };
}

export function parseHouseSettings(body: unknown): HouseSettings | undefined {
  const house = parseHouse(body);
  if (!house || !isRecord(body)) return undefined;
  const { id, timezone, permissions } = body;
  const triage = parseTriage(body.triage);
  const cadence = parseCadence(body.cadence);
  if (!isString(id) || !isString(timezone) || !triage || !cadence || !isStringArray(permissions))
    return undefined;
  return {
    ...house,
    id,
    timezone,
    triage,
    cadence,
    permissions: permissions.filter((p): p is 'update' => p === 'update'),
  };
}

export interface VersionedHouse {
  house: HouseSettings;
  etag: string | null;
}

export const HOUSE_SETTINGS_KEY = ['house-settings'] as const;

/** The editable house with its ETag; always fetched afresh, unlike the shared `useHouse`. */
export function useHouseSettings() {
  return useQuery({
    queryKey: HOUSE_SETTINGS_KEY,
    queryFn: async ({ signal }): Promise<VersionedHouse> => {
      const { value, etag } = await getJsonWithEtag(HOUSE_PATH, parseHouseSettings, signal);
      return { house: value, etag };
    },
    staleTime: 0,
  });
}

export interface HouseChanges {
  name?: string;
  shortName?: string;
  branding?: House['branding'];
  triage?: Triage;
  cadence?: Cadence;
}

export async function updateHouse(etag: string, changes: HouseChanges): Promise<VersionedHouse> {
  const response = await apiRequest('PATCH', HOUSE_PATH, { body: changes, headers: { 'If-Match': etag } });
  const house = parseHouseSettings(response.body);
  if (!house) throw new ApiError('invalid-response', response.status);
  return { house, etag: response.headers.get('ETag') };
}
