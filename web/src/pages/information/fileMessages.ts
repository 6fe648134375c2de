/**
 * Messages about files, in the interface language: the browser's own checks (files.ts) and the
 * server's refusals of an upload (413: too large, with the configured limit read from the
 * problem; 415: the content is not an allowed type), so the file field can say what went wrong.
 */
import type { TFunction } from 'i18next';
import { formatSize, limitFromDetail } from '../../api/informationFiles';
import { ApiError, errorCode, errorMessageKey } from '../../api/problem';
import { allowedTypeLabels, type FileProblem } from './files';

export function fileProblemMessage(t: TFunction, p: FileProblem, maxBytes: number, language?: string) {
  return p.kind === 'too-large'
    ? t('cases.information.form.errors.fileTooLarge', { name: p.name, size: formatSize(maxBytes, language) })
    : t('cases.information.form.errors.fileType', { name: p.name, types: allowedTypeLabels() });
}

/** A server refusal of one file as a field message; the limit from a 413 detail when present. */
export function uploadRefusalMessage(t: TFunction, name: string, error: unknown, language?: string) {
  const code = errorCode(error);
  if (code === 'payload-too-large') {
    const limit = limitFromDetail(error instanceof ApiError ? error.problem?.detail : undefined);
    if (limit !== undefined)
      return t('cases.information.form.errors.fileTooLarge', { name, size: formatSize(limit, language) });
  }
  if (code === 'unsupported-media-type')
    return t('cases.information.form.errors.fileType', { name, types: allowedTypeLabels() });
  return t('cases.information.form.errors.fileRefused', { name, message: t(errorMessageKey(error)) });
}
