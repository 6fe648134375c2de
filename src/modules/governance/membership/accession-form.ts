/**
 * Bijlage 1, the accession form, as a filled-in PDF (Art. 20.4): the covenant's own text with the
 * organisation's data, the Stuurgroep decision and, once recorded, the signatures filled in.
 * Generated on demand from the recorded data (pdf-lib, standard Helvetica, WinAnsi text).
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { LoadedAccession } from './accession-state.js';

export interface FormHouse {
  name: string;
  covenantTitle: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const blank = '……………………';

/** Bijlage 1's text, paragraph by paragraph, with the bracketed blanks filled in. */
export function formParagraphs(
  a: LoadedAccession,
  house: FormHouse,
): { text: string; bold?: boolean; indent?: boolean }[] {
  const r = a.row;
  const orgSigned = r.org_signed_on && r.org_signed_place;
  return [
    { text: 'Bijlage 1: Toetredingsformulier nieuwe partner tot Convenant', bold: true },
    { text: house.covenantTitle },
    {
      text: `${a.party.name}, statutair gevestigd te ${r.seat} en kantoorhoudend aan ${r.office_address}, hierbij rechtsgeldig vertegenwoordigd door ${r.representative_name}, ${r.representative_function},`,
    },
    { text: 'overwegende dat:' },
    {
      text: '- deelname aan het Convenant gelet op de publieke en/of maatschappelijke taak die zichzelf in het kader van integrale veiligheid en complexe casuïstiek toedicht en gelet op de verantwoordelijkheid en/of bevoegdheid van ondergetekende een bijdrage levert aan de doelstelling zoals geformuleerd in Artikel 2 van het Convenant;',
      indent: true,
    },
    {
      text: `- de Stuurgroep positief heeft besloten op toetreding van ondergetekende aan het Convenant (besluit van ${r.decided_on ?? blank}, kenmerk ${r.decision_reference ?? blank});`,
      indent: true,
    },
    { text: 'verklaart daartoe het volgende:' },
    {
      text: '- ondergetekende onderschrijft de in het Convenant geformuleerde doelstellingen, verplicht zich de bepalingen in het Convenant te zullen naleven en verklaart zich in dit kader gerechtigd tot het uitwisselen van informatie met Partijen.',
      indent: true,
    },
    {
      text: `Aldus ondertekend te ${orgSigned ? r.org_signed_place : blank}, op datum ${orgSigned ? r.org_signed_on : blank}`,
    },
    { text: `Naam organisatie: ${a.party.name}` },
    {
      text: `Naam bevoegde functionaris: ${r.org_signatory ?? `${r.representative_name}, ${r.representative_function}`}`,
    },
    { text: r.org_signed_on ? `Ondertekend op ${r.org_signed_on}` : blank },
    { text: `Namens ${house.name}:`, bold: true },
    { text: `Naam: ${r.chair_signatory ?? blank} (voorzitter van de Stuurgroep, Art. 20.4)` },
    { text: r.chair_signed_on ? `Ondertekend te ${r.chair_signed_place} op ${r.chair_signed_on}` : blank },
  ];
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters Helvetica (WinAnsi) cannot draw are replaced, so no organisation name breaks the form. */
const drawable = (font: PDFFont, s: string) =>
  [...s].map((ch) => (font.getCharacterSet().includes(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');

export async function accessionFormPdf(a: LoadedAccession, house: FormHouse): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Toetredingsformulier ${a.party.name}`);
  doc.setSubject('Bijlage 1 bij het convenant (Art. 20.4)');
  doc.setProducer('Ketenhuis');
  doc.setCreationDate(new Date(a.row.updated_at));
  doc.setModificationDate(new Date(a.row.updated_at));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const size = 11;
  for (const p of formParagraphs(a, house)) {
    const font = p.bold ? bold : regular;
    const x = MARGIN + (p.indent ? 14 : 0);
    for (const line of wrap(drawable(font, p.text), font, size, A4[0] - x - MARGIN)) {
      if (y < MARGIN) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x, y, size, font, color: rgb(0, 0, 0) });
      y -= size * 1.45;
    }
    y -= size * 0.8;
  }
  return doc.save({ useObjectStreams: false });
}
