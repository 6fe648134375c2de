/**
 * Detecting an attachment's media type from its content (Art. 17.3), never from its name:
 * the allowed kinds, ZIP-based documents recognised by their entries, and refusals.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectMediaType, zipEntryNames } from '../../../src/modules/information/rules/media-type.js';

/** A minimal ZIP: stored (or deflated) entries, a central directory, the end record. */
function zip(entries: { name: string; data: string; deflate?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = Buffer.from(e.data, 'utf8');
    const data = e.deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('detectMediaType', () => {
  it('recognises PDF, PNG, JPEG and plain text by their content', () => {
    expect(detectMediaType(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectMediaType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(detectMediaType(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('image/jpeg');
    expect(detectMediaType(Buffer.from('Gespreksverslag\r\n\tmet één regel\n'))).toBe('text/plain');
  });

  it('recognises docx and odt from the ZIP entries', () => {
    const docx = zip([
      { name: '[Content_Types].xml', data: '<Types/>', deflate: true },
      { name: 'word/document.xml', data: '<w:document/>', deflate: true },
    ]);
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(detectMediaType(docx)).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const odt = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', data: '<office:document-content/>', deflate: true },
    ]);
    expect(detectMediaType(odt)).toBe('application/vnd.oasis.opendocument.text');
  });

  it('refuses executables, other ZIPs, spreadsheets, binary data and empty files', () => {
    expect(detectMediaType(Buffer.from('4d5a90000300000004000000', 'hex'))).toBeNull(); // MZ (Windows .exe)
    expect(detectMediaType(Buffer.from('7f454c46020101', 'hex'))).toBeNull(); // ELF
    expect(detectMediaType(zip([{ name: 'payload.exe', data: 'MZ' }]))).toBeNull();
    const ods = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: '<x/>' },
    ]);
    expect(detectMediaType(ods)).toBeNull();
    expect(detectMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBeNull();
    expect(detectMediaType(Buffer.from([0xc3, 0x28]))).toBeNull(); // invalid UTF-8
    expect(detectMediaType(Buffer.from('tekst\u0000met nul'))).toBeNull();
    expect(detectMediaType(Buffer.alloc(0))).toBeNull();
  });
});
