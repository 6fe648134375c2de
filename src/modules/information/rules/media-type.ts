/**
 * The media type of an attachment, detected from its content — never from the file name or the
 * type the client claims (Art. 17.3: information security; a renamed executable is not a PDF).
 * Allowed: PDF, PNG, JPEG, plain UTF-8 text, and Word (docx) or OpenDocument (odt) text documents,
 * which are ZIP files recognised by their entries. Anything else → null (the route answers 415).
 */

export const allowedMediaTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;
export type AllowedMediaType = (typeof allowedMediaTypes)[number];

const startsWith = (b: Buffer, sig: number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** The names in a ZIP file's central directory, or null when it is not a well-formed ZIP. */
export function zipEntryNames(b: Buffer): string[] | null {
  // End of central directory: signature 0x06054b50, within the last 22 + 65535 bytes.
  const floor = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= floor; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = b.readUInt16LE(at + 28);
    const extra = b.readUInt16LE(at + 30);
    const comment = b.readUInt16LE(at + 32);
    if (at + 46 + nameLength > b.length) return null;
    names.push(b.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

function zipDocumentType(b: Buffer): AllowedMediaType | null {
  const names = zipEntryNames(b);
  if (!names) return null;
  // ODF: the first entry is "mimetype", stored uncompressed, holding the document's media type.
  const first = b.subarray(30, 38).toString('latin1');
  const stored = b.readUInt16LE(8) === 0;
  if (first === 'mimetype' && stored && names.includes('content.xml')) {
    const declared = b.subarray(
      30 + 8 + b.readUInt16LE(28),
      30 + 8 + b.readUInt16LE(28) + ODT_MIMETYPE.length,
    );
    if (declared.toString('latin1') === ODT_MIMETYPE) return 'application/vnd.oasis.opendocument.text';
  }
  if (names.includes('[Content_Types].xml') && names.includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

/** Plain text: valid UTF-8 without control characters other than tab, line feed, form feed, CR. */
function isPlainText(b: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The detected media type, or null when the content is none of the allowed kinds. */
export function detectMediaType(content: Buffer): AllowedMediaType | null {
  if (content.length === 0) return null;
  if (startsWith(content, PDF)) return 'application/pdf';
  if (startsWith(content, PNG)) return 'image/png';
  if (startsWith(content, JPEG)) return 'image/jpeg';
  if (startsWith(content, ZIP_LOCAL)) return content.length >= 30 ? zipDocumentType(content) : null;
  return isPlainText(content) ? 'text/plain' : null;
}
