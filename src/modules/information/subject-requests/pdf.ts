/**
 * A controller's compilation for a data-subject request as a PDF (Wgs; AVG Art. 15–21), in Dutch:
 * the same content as the JSON export (export.ts) — per case the person's data if this party
 * registered it, the items it provided and its triage answers, then the processing-log entries
 * about the person with this party as controller. Every page carries the legal basis of the
 * request kind, the reference, the controller, the date and the person, and a page number. Log
 * entries show time, activity, operation and acting party only: no user ids, no pseudonyms, no
 * trace ids or hashes. Standard Helvetica (WinAnsi): characters it cannot encode become '?'.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { A4, encodable, wrap } from '../../../platform/pdf/text.js';
import type { requestKinds } from './schemas.js';

type RequestKind = (typeof requestKinds)[number];

/** The article the request rests on, marked on every page (AVG Art. 15, 16, 17, 21). */
export const BASIS: Record<RequestKind, string> = {
  access: 'Inzage op grond van art. 15 AVG',
  rectification: 'Rectificatie op grond van art. 16 AVG',
  erasure: 'Wissing op grond van art. 17 AVG',
  objection: 'Bezwaar op grond van art. 21 AVG',
};

const REGIMES: Record<string, string> = {
  gewoon: 'gewone persoonsgegevens',
  bijzonder: 'bijzondere persoonsgegevens (gezondheid, AVG)',
  politie: 'politiegegevens (Wpg)',
  justitieel: 'justitiële en strafvorderlijke gegevens (Wjsg)',
};

export const OPERATIONS: Record<string, string> = {
  create: 'vastleggen',
  read: 'inzien',
  update: 'wijzigen',
  disclose: 'verstrekken',
  remove: 'verwijderen',
};

export interface SubjectPdfCase {
  caseNumber: string;
  caseStatus: string;
  registeredAt: string;
  registration: {
    person: { name: string; bsn: string | null; birthDate: string; address: string } | null;
    reason: string;
    goal: string;
  } | null;
  items: { title: string; body: string; regime: string; createdAt: string; withdrawnAt: string | null }[];
  triageAnswers: { itemId: string | null; answeredAt: string | null }[];
}

export interface SubjectPdfLogLine {
  /** Local time of the house, YYYY-MM-DD HH:mm. */
  time: string;
  activity: string;
  operation: string;
  actor: string;
  caseNumber: string | null;
  /** An entry of a case without BSN that names no person: it may concern another person without BSN. */
  caseWide: boolean;
}

export interface SubjectPdfInput {
  reference: string;
  kind: RequestKind;
  house: string;
  controller: string;
  grounds: string[];
  /** The date of compiling, YYYY-MM-DD (house time). */
  date: string;
  person: { name: string; birthDate: string } | null;
  cases: SubjectPdfCase[];
  log: SubjectPdfLogLine[];
  truncated: boolean;
}

const MARGIN = 50;
const SIZE = 10;
const LEADING = 14;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

export async function subjectExportPdf(input: SubjectPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const t = (s: string) => encodable(font, s);
  const basis = BASIS[input.kind];
  doc.setTitle(`${basis} - verzoek ${input.reference} - ${input.controller}`);
  doc.setSubject(`Verzoek van een betrokkene ${input.reference}`);
  doc.setKeywords([input.reference]);
  doc.setProducer('Ketenhuis');
  doc.setCreator('Ketenhuis');
  const width = A4[0] - 2 * MARGIN;
  const personLine = input.person
    ? `${input.person.name}, geboren ${input.person.birthDate}`
    : 'geïdentificeerd met BSN (niet opgeslagen)';
  const header = [
    ...wrap(bold, t(basis), 8, width),
    ...wrap(
      font,
      t(
        `Verzoek ${input.reference} - verwerkingsverantwoordelijke ${input.controller} - datum ${input.date}`,
      ),
      8,
      width,
    ),
    ...wrap(font, t(`Betrokkene: ${personLine}`), 8, width),
  ];

  let page: PDFPage = doc.addPage(A4);
  let y = 0;
  const startPage = () => {
    let hy = A4[1] - MARGIN;
    header.forEach((line, i) => {
      page.drawText(line, {
        x: MARGIN,
        y: hy,
        size: 8,
        font: i === 0 ? bold : font,
        color: rgb(0.2, 0.2, 0.2),
      });
      hy -= 11;
    });
    page.drawLine({ start: { x: MARGIN, y: hy + 4 }, end: { x: A4[0] - MARGIN, y: hy + 4 }, thickness: 0.5 });
    y = A4[1] - MARGIN - header.length * 11 - 16;
  };
  const ensure = (room = 0) => {
    if (y - room < MARGIN + 20) {
      page = doc.addPage(A4);
      startPage();
    }
  };
  const write = (text: string, f: PDFFont = font, size = SIZE, indent = 0) => {
    for (const line of wrap(f, t(text), size, width - indent)) {
      ensure();
      page.drawText(line, { x: MARGIN + indent, y, size, font: f });
      y -= size <= SIZE ? LEADING : size + 6;
    }
  };
  const heading = (text: string, size = 12) => {
    ensure(3 * LEADING); // keep a heading with its first lines
    y -= 4;
    write(text, bold, size);
  };
  const field = (label: string, value: string, indent = 0) => write(`${label}: ${value}`, font, SIZE, indent);
  const gap = () => {
    y -= LEADING / 2;
  };

  startPage();
  write('Overzicht van persoonsgegevens en verwerkingen', bold, 14);
  gap();
  field('Kenmerk van het verzoek', input.reference);
  field('Soort verzoek', basis);
  field('Verwerkingsverantwoordelijke', input.controller);
  field('Betrokken omdat deze partij', input.grounds.join(', '));
  field('Betrokkene', personLine);
  field('Datum van samenstelling', input.date);
  gap();
  write(
    `Dit overzicht bevat wat ${input.controller} binnen ${input.house} over de betrokkene heeft verstrekt, per casus, en welke verwerkingen van die gegevens in het verwerkingenlogboek staan. Interne kenmerken (pseudoniemen, gebruikers, logboeksleutels) zijn weggelaten. Informatie over de casus als geheel kan ook andere personen betreffen: de verwerkingsverantwoordelijke beoordeelt dat vóór verstrekking (art. 15 lid 4 AVG). Vertrouwelijk (art. 17 convenant).`,
  );

  for (const c of input.cases) {
    heading(`Casus ${c.caseNumber}`);
    field('Status', c.caseStatus.replaceAll('_', ' '));
    field('Aangemeld op', day(c.registeredAt));
    if (c.registration) {
      heading('Aanmelding door deze partij', 11);
      const person = c.registration.person;
      if (person) {
        field('Naam', person.name, 12);
        if (person.bsn) field('BSN', person.bsn, 12);
        field('Geboortedatum', person.birthDate, 12);
        field('Adres', person.address, 12);
      }
      field('Reden van aanmelding', c.registration.reason, 12);
      field('Doel', c.registration.goal, 12);
    }
    if (c.items.length) {
      heading('Verstrekte informatie', 11);
      c.items.forEach((item, i) => {
        write(`${i + 1}. ${item.title}`, bold, SIZE, 12);
        write(
          `Regime: ${REGIMES[item.regime] ?? item.regime}; vastgelegd op ${day(item.createdAt)}${
            item.withdrawnAt ? `; ingetrokken op ${day(item.withdrawnAt)}` : ''
          }`,
          font,
          8,
          12,
        );
        write(item.body, font, SIZE, 12);
        gap();
      });
    }
    if (c.triageAnswers.length) {
      heading('Antwoorden op bevragingen', 11);
      for (const a of c.triageAnswers) {
        field('Beantwoord op', day(a.answeredAt), 12);
        // The answer's content is the party's information item, listed above (Art. 16.2).
        write(
          a.itemId
            ? 'De inhoud van het antwoord staat bij de verstrekte informatie hierboven.'
            : 'De inhoud van het antwoord gaat niet over deze betrokkene of is verwijderd.',
          font,
          SIZE,
          12,
        );
        gap();
      }
    }
    if (!c.registration && !c.items.length && !c.triageAnswers.length)
      write('Deze partij heeft in deze casus geen gegevens over de betrokkene verstrekt.', font, SIZE, 12);
  }
  if (!input.cases.length) {
    gap();
    write('De betrokkene is in geen casus (meer) gevonden.');
  }

  heading('Verwerkingen (verwerkingenlogboek)');
  write('Tijd, verwerkingsactiviteit, handeling en de partij die handelde.', font, 8);
  if (!input.log.length) write('Geen verwerkingen gevonden.');
  for (const e of input.log) {
    write(
      `${e.time} - ${e.activity} - ${e.operation} - door ${e.actor}${e.caseNumber ? ` - casus ${e.caseNumber}` : ''}${
        e.caseWide ? ' *' : ''
      }`,
      font,
      9,
    );
  }
  if (input.log.some((e) => e.caseWide)) {
    gap();
    write(
      '* Verwerking in een casus waarin de betrokkene zonder BSN is vastgelegd, zonder aanduiding van een persoon: deze kan ook een andere persoon zonder BSN in die casus betreffen.',
      font,
      8,
    );
  }
  if (input.truncated) {
    gap();
    write(
      `Het verwerkingenlogboek bevat meer verwerkingen; dit overzicht toont de eerste ${input.log.length}.`,
      font,
      8,
    );
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(t(`${input.reference} - ${input.controller} - pagina ${i + 1} van ${pages.length}`), {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font,
    });
  });
  return doc.save({ useObjectStreams: false });
}
