/**
 * An iCalendar invitation for a case conference (RFC 5545), pure. It carries no personal data
 * (Art. 9.2: conferences are not public; Art. 17): only the case number, the times and a link
 * into Ketenhuis, where everything else is read after login. Text is escaped (§3.3.11), lines
 * are folded at 75 octets without splitting a UTF-8 character (§3.1), lines end in CRLF, times
 * are UTC (§3.3.5 form 2), and UID/SEQUENCE let a calendar replace or cancel the event.
 */

export interface IcsConference {
  id: string;
  caseNumber: string;
  startsAt: string;
  endsAt: string;
  status: 'planned' | 'held' | 'cancelled';
  /** Increases with every change, so calendars take the newest (RFC 5545 §3.8.7.4). */
  sequence: number;
  link: string;
  uidDomain: string;
  now: Date;
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** 20250102T093000Z */
export function icsUtc(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function conferenceIcs(c: IcsConference): string {
  const cancelled = c.status === 'cancelled';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ketenhuis//Casusoverleg//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(`casusoverleg-${c.id}@${c.uidDomain}`)}`,
    `DTSTAMP:${icsUtc(c.now)}`,
    `DTSTART:${icsUtc(c.startsAt)}`,
    `DTEND:${icsUtc(c.endsAt)}`,
    `SEQUENCE:${c.sequence}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(`Casusoverleg ${c.caseNumber}`)}`,
    `DESCRIPTION:${escapeText(`Casusoverleg over casus ${c.caseNumber}. Doel, thema's, plaats en stukken staan in Ketenhuis (na inloggen): ${c.link}`)}`,
    `URL:${c.link}`,
    'CLASS:CONFIDENTIAL',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
