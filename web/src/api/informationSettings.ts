/**
 * The information module's limits as the server enforces them (`GET /information-settings`): the
 * attachment size limit (INFORMATION_ATTACHMENT_MAX_BYTES), so that the upload forms check and
 * name the same number. Until it has loaded, or if it cannot, the shipped default stands in; the
 * server still has the last word (413 with its limit).
 */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, getJson, isRecord } from './client';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from './informationFiles';

export interface InformationSettings {
  attachmentMaxBytes: number;
}

export function parseInformationSettings(v: unknown): InformationSettings | undefined {
  if (!isRecord(v)) return undefined;
  const max = v.attachmentMaxBytes;
  if (typeof max !== 'number' || !Number.isInteger(max) || max <= 0) return undefined;
  return { attachmentMaxBytes: max };
}

export const INFORMATION_SETTINGS_PATH = `${API_BASE}/information-settings`;

export function useInformationSettings() {
  return useQuery({
    // Its own key: invalidating the items after a change does not refetch configuration.
    queryKey: ['information-settings'],
    queryFn: ({ signal }) => getJson(INFORMATION_SETTINGS_PATH, parseInformationSettings, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The effective attachment limit: the server's once loaded, the shipped default until then. */
export function useAttachmentMaxBytes(): number {
  return useInformationSettings().data?.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
}
