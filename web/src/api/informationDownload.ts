/**
 * Downloading files of the information module (attachments, the disclosure PDF, a party's
 * data-subject export): fetched with the session cookie (and the CSRF token for a POST), saved
 * under the name the server gives in Content-Disposition. A refusal becomes an ApiError like any
 * other call, so the page can show it; nothing is opened in the browser itself.
 */
import { type Method, requestHeaders } from './client';
import { ApiError, parseProblem } from './problem';

/** The file name in a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function filenameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

export async function fetchFile(
  method: Method,
  path: string,
  fallbackName: string,
): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: requestHeaders(method, false, { Accept: '*/*' }),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network');
  }
  if (!response.ok) {
    const problem = parseProblem(await response.json().catch(() => undefined));
    throw problem
      ? new ApiError('problem', response.status, problem)
      : new ApiError('invalid-response', response.status);
  }
  return {
    blob: await response.blob(),
    filename: filenameOf(response.headers.get('Content-Disposition'), fallbackName),
  };
}

/** Saves a blob through a temporary link (the CSP allows no inline script; this is none). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export async function download(method: Method, path: string, fallbackName: string): Promise<void> {
  const { blob, filename } = await fetchFile(method, path, fallbackName);
  saveBlob(blob, filename);
}
