/**
 * Text for PDFs drawn with pdf-lib's standard fonts (Helvetica, WinAnsi): what such a font can
 * encode, and wrapping to a width. Characters the font cannot encode are replaced by '?', never
 * dropped silently; words longer than a line are broken. Pure; used by the disclosure export and
 * the data-subject request export.
 */
import type { PDFFont } from 'pdf-lib';

/** A4 in PDF points. */
export const A4: [number, number] = [595.28, 841.89];

/** Text the font can encode: unsupported characters become '?', line breaks are kept. */
export function encodable(font: PDFFont, text: string): string {
  const allowed = new Set(font.getCharacterSet());
  return [...text.normalize('NFC')]
    .map((ch) => (ch === '\n' || allowed.has(ch.codePointAt(0) ?? -1) ? ch : '?'))
    .join('');
}

/** Wraps text to the width, breaking words that are longer than a line. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let w = word;
      while (font.widthOfTextAtSize(w, size) > width) {
        let cut = w.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(w.slice(0, cut), size) > width) cut--;
        if (line) lines.push(line);
        lines.push(w.slice(0, cut));
        line = '';
        w = w.slice(cut);
      }
      const next = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = w;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}
