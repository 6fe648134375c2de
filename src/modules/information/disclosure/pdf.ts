/**
 * The disclosure export as a PDF (Art. 9.2, 19.1): the approved items' titles and bodies, and on
 * every page the recipient, purpose, legal basis, date and the disclosure's unique reference, so
 * that a page that travels alone still says to whom, why and under which consent it was disclosed.
 * Each item carries its legal regime in words (Art. 15.2), so the recipient knows which law governs it.
 * Standard Helvetica (WinAnsi): characters it cannot encode are replaced, never dropped silently.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { InformationRegime } from '../../../platform/db/schema.js';
import { A4, encodable, wrap } from '../../../platform/pdf/text.js';

/** The legal regime in Dutch words, as the UI names it (Art. 15.2; AVG, Wpg, Wjsg). */
export const REGIME_LABELS: Record<InformationRegime, string> = {
  gewoon: 'Gewone persoonsgegevens',
  bijzonder: 'Bijzondere persoonsgegevens (gezondheid)',
  politie: 'Politiegegevens (Wpg)',
  justitieel: 'Justitiële gegevens (Wjsg)',
};

export interface DisclosurePdfInput {
  reference: string;
  caseNumber: string;
  recipient: string;
  purpose: string;
  legalBasis: string;
  /** The date of the disclosure, YYYY-MM-DD. */
  date: string;
  items: { title: string; body: string; regime: InformationRegime; controller: string; decidedAt: string }[];
}

const MARGIN = 50;
const SIZE = 10;
const LEADING = 14;

export async function disclosurePdf(input: DisclosurePdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const t = (s: string) => encodable(font, s);
  doc.setTitle(`Verstrekking aan derde ${input.reference}`);
  doc.setSubject(`Verstrekking ${input.reference} (Art. 9.2 convenant)`);
  doc.setKeywords([input.reference]);
  doc.setProducer('Ketenhuis');
  doc.setCreator('Ketenhuis');
  const width = A4[0] - 2 * MARGIN;
  const oneLine = (text: string) => {
    const lines = wrap(font, t(text), 8, width);
    return lines.length > 1 ? `${(lines[0] ?? '').slice(0, -1)}…` : (lines[0] ?? '');
  };
  // Reference, recipient and date in full on every page; purpose and legal basis shortened there
  // and given in full on the first page.
  const header = [
    ...wrap(
      font,
      t(
        `Verstrekking aan derde - kenmerk ${input.reference} - casus ${input.caseNumber} - datum ${input.date}`,
      ),
      8,
      width,
    ),
    ...wrap(font, t(`Ontvanger: ${input.recipient}`), 8, width),
    oneLine(`Doel: ${input.purpose}`),
    oneLine(`Grondslag: ${input.legalBasis}`),
    oneLine(
      'Vertrouwelijk (Art. 17 convenant); verstrekt na schriftelijke toestemming van de verstrekkende partijen (Art. 9.2)',
    ),
  ];

  let page: PDFPage = doc.addPage(A4);
  let y = 0;
  const startPage = () => {
    let hy = A4[1] - MARGIN;
    for (const line of header) {
      page.drawText(line, { x: MARGIN, y: hy, size: 8, font, color: rgb(0.2, 0.2, 0.2) });
      hy -= 11;
    }
    page.drawLine({
      start: { x: MARGIN, y: hy + 4 },
      end: { x: A4[0] - MARGIN, y: hy + 4 },
      thickness: 0.5,
    });
    y = A4[1] - MARGIN - header.length * 11 - 16;
  };
  const ensure = () => {
    if (y < MARGIN + 20) {
      page = doc.addPage(A4);
      startPage();
    }
  };
  const write = (text: string, f: PDFFont, size: number) => {
    for (const line of wrap(f, t(text), size, width)) {
      ensure();
      page.drawText(line, { x: MARGIN, y, size, font: f });
      y -= size === SIZE ? LEADING : size + 5;
    }
  };
  startPage();
  write(`Doel: ${input.purpose}`, font, SIZE);
  write(`Grondslag: ${input.legalBasis}`, font, SIZE);
  y -= LEADING;
  input.items.forEach((item, i) => {
    write(`${i + 1}. ${item.title}`, bold, 12);
    // Art. 15.2: the law that governs the item travels with it.
    write(`Wettelijk regime: ${REGIME_LABELS[item.regime]}`, bold, 8);
    write(
      `Verstrekt door ${item.controller}; toestemming gegeven op ${item.decidedAt.slice(0, 10)}`,
      font,
      8,
    );
    write(item.body, font, SIZE);
    y -= LEADING;
  });
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(t(`${input.reference} - pagina ${i + 1} van ${pages.length}`), {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font,
    });
  });
  return doc.save({ useObjectStreams: false });
}
