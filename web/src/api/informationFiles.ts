/**
 * Files for information items (Art. 17.3): the limits the UI states and checks before uploading
 * — the server has the last word (size from its configuration → 413; the type from the content,
 * never the name → 415) — reading a chosen file as base64, and reading the server's size limit
 * from its 413 message so the field can say what the limit really is.
 */

/**
 * The shipped default of INFORMATION_ATTACHMENT_MAX_BYTES (10 MiB); a house may configure less or
 * more. Only a stand-in until the server's own limit has loaded (informationSettings.ts).
 */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** What the server accepts (rules/media-type.ts), with the extensions people know them by. */
export const ALLOWED_FILE_TYPES = [
  { mediaType: 'application/pdf', label: 'PDF', extensions: ['.pdf'] },
  { mediaType: 'image/png', label: 'PNG', extensions: ['.png'] },
  { mediaType: 'image/jpeg', label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  { mediaType: 'text/plain', label: 'tekst (UTF-8)', extensions: ['.txt'] },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (docx)',
    extensions: ['.docx'],
  },
  { mediaType: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument (odt)', extensions: ['.odt'] },
] as const;

/** For the file input's `accept`: a hint for the file picker only, not a check. */
export const ACCEPT = ALLOWED_FILE_TYPES.flatMap((t) => [t.mediaType, ...t.extensions]).join(',');

export interface FileLike {
  name: string;
  size: number;
}

/** The files over the limit (checked in the browser before anything is sent). */
export const tooLarge = (files: readonly FileLike[], maxBytes: number) =>
  files.filter((f) => f.size > maxBytes);

/** "10 MB", "512 kB": a size in the interface language, binary units as the limit is set in bytes. */
export function formatSize(bytes: number, language: string | undefined): string {
  const units = [
    ['MB', 1024 * 1024],
    ['kB', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const n = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / size);
      return `${n} ${unit}`;
    }
  }
  return `${bytes} B`;
}

/** The limit the server named in a 413 detail ("… ten hoogste 1048576 bytes"), if any. */
export function limitFromDetail(detail: string | undefined): number | undefined {
  const match = detail ? /(\d+)\s*bytes/.exec(detail) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Base64 of bytes, in chunks (String.fromCharCode on a whole large file overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
