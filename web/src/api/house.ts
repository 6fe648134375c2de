/**
 * The house this deployment serves (GET /api/v1/house): its name, branding colours and whether it
 * runs with demo data. Fetched once per visit and shared through TanStack Query.
 */
import { useQuery } from '@tanstack/react-query';
import { getJson, isRecord, isString } from './client';

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
    queryKey: ['house'],
    queryFn: ({ signal }) => getJson('/api/v1/house', parseHouse, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
