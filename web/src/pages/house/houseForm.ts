/**
 * The house settings form without React: the form values from a house, checking them (including
 * the WCAG 2.1 contrast of the text colour on the primary colour), the PATCH body with only the
 * sections that changed, and which fields a server validation message names.
 */
import {
  CADENCE_FIELDS,
  type CadenceField,
  type HouseChanges,
  type HouseSettings,
  isTimeOfDay,
  isWeekday,
  type Weekday,
} from '../../api/house';
import { contrastRatio } from '../../layout/branding';

export const MIN_TEXT_CONTRAST = 4.5;

export const NAME_LIMITS = { name: [2, 200], shortName: [2, 60] } as const;

export const CADENCE_LIMITS: Record<CadenceField, readonly [number, number]> = {
  stuurgroepMinPerYear: [1, 52],
  partneroverlegIntervalWeeks: [1, 52],
  annualMeetingsPerYear: [1, 12],
};

export const COLOUR_FIELDS = ['primaryColor', 'secondaryColor', 'textOnPrimary'] as const;
export type ColourField = (typeof COLOUR_FIELDS)[number];

export interface HouseFormValues {
  name: string;
  shortName: string;
  primaryColor: string;
  secondaryColor: string;
  textOnPrimary: string;
  triageWeekday: Weekday;
  triageTime: string;
  deadlineWeekday: Weekday;
  deadlineTime: string;
  stuurgroepMinPerYear: string;
  partneroverlegIntervalWeeks: string;
  annualMeetingsPerYear: string;
}

export type HouseField = keyof HouseFormValues;

export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'length'; min: number; max: number }
  | { kind: 'colour' }
  | { kind: 'contrast'; ratio: number }
  | { kind: 'weekday' }
  | { kind: 'time' }
  | { kind: 'range'; min: number; max: number };

export type HouseFormProblems = Partial<Record<HouseField, FieldProblem>>;

export function houseFormValues(house: HouseSettings): HouseFormValues {
  return {
    name: house.name,
    shortName: house.shortName,
    primaryColor: house.branding.primaryColor.toLowerCase(),
    secondaryColor: house.branding.secondaryColor.toLowerCase(),
    textOnPrimary: house.branding.textOnPrimary.toLowerCase(),
    triageWeekday: house.triage.weekday,
    triageTime: house.triage.time,
    deadlineWeekday: house.triage.registrationDeadline.weekday,
    deadlineTime: house.triage.registrationDeadline.time,
    stuurgroepMinPerYear: String(house.cadence.stuurgroepMinPerYear),
    partneroverlegIntervalWeeks: String(house.cadence.partneroverlegIntervalWeeks),
    annualMeetingsPerYear: String(house.cadence.annualMeetingsPerYear),
  };
}

/** A typed colour as `#rrggbb` in lower case (also accepts it without `#`), or null. */
export function normaliseColour(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  const withHash = trimmed.startsWith('#') ? trimmed : `#${trimmed}`;
  return /^#[0-9a-f]{6}$/.test(withHash) ? withHash : null;
}

/** The contrast of the text colour on the primary colour, or null while either is not a colour. */
export function brandingContrast(values: Pick<HouseFormValues, 'primaryColor' | 'textOnPrimary'>) {
  const background = normaliseColour(values.primaryColor);
  const text = normaliseColour(values.textOnPrimary);
  if (background === null || text === null) return null;
  const ratio = contrastRatio(background, text);
  return { ratio, sufficient: ratio >= MIN_TEXT_CONTRAST };
}

/** The ratio as people write it: "4.48:1" rounded down, so that a failing ratio never reads 4.5. */
export const formatRatio = (ratio: number, language = 'nl'): string =>
  `${new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Math.floor(ratio * 100) / 100,
  )}:1`;

const WHOLE_NUMBER = /^\d{1,3}$/;

export function validateHouseForm(values: HouseFormValues): HouseFormProblems {
  const problems: HouseFormProblems = {};
  for (const field of ['name', 'shortName'] as const) {
    const [min, max] = NAME_LIMITS[field];
    const length = values[field].trim().length;
    if (length === 0) problems[field] = { kind: 'required' };
    else if (length < min || length > max) problems[field] = { kind: 'length', min, max };
  }
  for (const field of COLOUR_FIELDS) {
    if (normaliseColour(values[field]) === null) problems[field] = { kind: 'colour' };
  }
  const contrast = brandingContrast(values);
  if (contrast && !contrast.sufficient) problems.textOnPrimary = { kind: 'contrast', ratio: contrast.ratio };
  for (const field of ['triageWeekday', 'deadlineWeekday'] as const) {
    if (!isWeekday(values[field])) problems[field] = { kind: 'weekday' };
  }
  for (const field of ['triageTime', 'deadlineTime'] as const) {
    if (values[field].trim() === '') problems[field] = { kind: 'required' };
    else if (!isTimeOfDay(values[field].trim())) problems[field] = { kind: 'time' };
  }
  for (const field of CADENCE_FIELDS) {
    const [min, max] = CADENCE_LIMITS[field];
    const raw = values[field].trim();
    const n = Number(raw);
    if (raw === '') problems[field] = { kind: 'required' };
    else if (!WHOLE_NUMBER.test(raw) || n < min || n > max) problems[field] = { kind: 'range', min, max };
  }
  return problems;
}

/**
 * The PATCH body for valid form values: only what changed, with branding, triage and cadence as
 * whole objects (the API replaces them whole). Empty when nothing changed.
 */
export function houseChanges(values: HouseFormValues, house: HouseSettings): HouseChanges {
  const changes: HouseChanges = {};
  const name = values.name.trim();
  const shortName = values.shortName.trim();
  if (name !== house.name) changes.name = name;
  if (shortName !== house.shortName) changes.shortName = shortName;

  const branding = {
    primaryColor: normaliseColour(values.primaryColor) ?? values.primaryColor,
    secondaryColor: normaliseColour(values.secondaryColor) ?? values.secondaryColor,
    textOnPrimary: normaliseColour(values.textOnPrimary) ?? values.textOnPrimary,
  };
  if (COLOUR_FIELDS.some((field) => branding[field] !== house.branding[field].toLowerCase()))
    changes.branding = branding;

  const triage = {
    weekday: values.triageWeekday,
    time: values.triageTime.trim(),
    registrationDeadline: { weekday: values.deadlineWeekday, time: values.deadlineTime.trim() },
  };
  const t = house.triage;
  if (
    triage.weekday !== t.weekday ||
    triage.time !== t.time ||
    triage.registrationDeadline.weekday !== t.registrationDeadline.weekday ||
    triage.registrationDeadline.time !== t.registrationDeadline.time
  )
    changes.triage = triage;

  const cadence = {
    stuurgroepMinPerYear: Number(values.stuurgroepMinPerYear.trim()),
    partneroverlegIntervalWeeks: Number(values.partneroverlegIntervalWeeks.trim()),
    annualMeetingsPerYear: Number(values.annualMeetingsPerYear.trim()),
  };
  if (CADENCE_FIELDS.some((field) => cadence[field] !== house.cadence[field])) changes.cadence = cadence;
  return changes;
}

const SERVER_PATHS: Record<string, HouseField> = {
  name: 'name',
  shortName: 'shortName',
  'branding.primaryColor': 'primaryColor',
  'branding.secondaryColor': 'secondaryColor',
  'branding.textOnPrimary': 'textOnPrimary',
  'triage.weekday': 'triageWeekday',
  'triage.time': 'triageTime',
  'triage.registrationDeadline.weekday': 'deadlineWeekday',
  'triage.registrationDeadline.time': 'deadlineTime',
  'cadence.stuurgroepMinPerYear': 'stuurgroepMinPerYear',
  'cadence.partneroverlegIntervalWeeks': 'partneroverlegIntervalWeeks',
  'cadence.annualMeetingsPerYear': 'annualMeetingsPerYear',
};

/**
 * The form fields named in a validation detail ("Body ongeldig — branding.primaryColor: …;
 * cadence.annualMeetingsPerYear: …"), in form order. Unknown paths are skipped.
 */
export function fieldsInDetail(detail: string | undefined): HouseField[] {
  if (!detail) return [];
  const dash = detail.indexOf('—');
  const parts = detail.slice(dash + 1).split(';');
  const named = new Set<HouseField>();
  for (const part of parts) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const field = SERVER_PATHS[part.slice(0, colon).trim()];
    if (field) named.add(field);
  }
  const order = Object.values(SERVER_PATHS);
  return order.filter((field) => named.has(field));
}
