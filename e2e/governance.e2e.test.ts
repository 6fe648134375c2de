/**
 * Governance in a real browser (issue 7 item 10). The secretary runs an accession through to the
 * Bijlage 1 PDF (Art. 20): records the request, informs the parties, the politie delegate consents
 * for politie, the Stuurgroep decision, both signatures. Then a Partneroverleg meeting with a
 * decision: attendance, a vote by a delegate, the hearing rule holding the decision for an absent
 * affected party (Art. 7.2), written input, the computed outcome, minutes, iCal and decision list.
 * Every governance page is axe-checked in Dutch and English and saved as a screenshot. Last, a
 * professional whose seats were taken away: no Bestuur in the menu, no 404s, a clear empty state.
 *
 * The consent of the 32 other active parties (Art. 20.4: all are needed) is written straight into
 * the server's database: the demo has delegates for four parties only, and no screen records a
 * consent for someone else's party — by design.
 */
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, audit, login, poll } from './support/browser.js';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

type G = { localStorage: { setItem(k: string, v: string): void } };
const setLanguage = (page: Page, lang: string) =>
  page.evaluate((l) => (globalThis as unknown as G).localStorage.setItem('ketenhuis.language', l), lang);

/** Opens `url` in English, checks it, and switches back to Dutch. */
async function inEnglish(page: Page, url: string, title: string | RegExp, shot: string) {
  await setLanguage(page, 'en');
  try {
    await page.goto(url);
    await audit(page, title, shot);
  } finally {
    await setLanguage(page, 'nl');
    await page.goto(url);
  }
}

const announced = (page: Page, text: string) =>
  poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBe(1);

/** Art. 20.4 needs every active party: the parties without a demo delegate consent here. */
function consentForOtherParties(dbPath: string, accessionId: string, except: string[]) {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    const secretary = db
      .prepare("select id from users where email = 'secretaris@demo.ketenhuis.example'")
      .get() as { id: string };
    const accession = db.prepare('select party_id from accessions where id = ?').get(accessionId) as {
      party_id: string;
    };
    const parties = db.prepare("select id, key from parties where status = 'active'").all() as {
      id: string;
      key: string;
    }[];
    const insert = db.prepare(
      'insert into accession_consents (accession_id, party_id, consent, note, recorded_by_user_id, recorded_at) values (?, ?, 1, null, ?, ?)',
    );
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const p of parties)
        if (!except.includes(p.key) && p.id !== accession.party_id)
          insert.run(accessionId, p.id, secretary.id, now);
    })();
    // The row version moves on, as the server's own write would do.
    db.prepare('update accessions set version = version + 1 where id = ?').run(accessionId);
  } finally {
    db.close();
  }
}

/** Takes a demo user's seats away, as functioneel beheer would: a professional without a seat. */
function removeSeats(dbPath: string, who: string) {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    const user = db.prepare('select id from users where email = ?').get(`${who}@demo.ketenhuis.example`) as {
      id: string;
    };
    db.transaction(() => {
      db.prepare(
        'delete from body_membership_votes where membership_id in (select id from body_memberships where user_id = ?)',
      ).run(user.id);
      db.prepare('delete from body_memberships where user_id = ?').run(user.id);
    })();
  } finally {
    db.close();
  }
}

describe('governance, in Chromium', () => {
  const app = appInBrowser();

  it('runs an accession through to the signed Bijlage 1 PDF', { timeout: 300_000 }, async () => {
    const base = app.server.baseUrl;
    const sec = await app.login('secretaris');
    const s = sec.page;

    await s.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bestuur' }).click();
    await poll(() => s.getByText('Looptijd van het convenant (Art. 23.1)').count()).toBe(1);
    await poll(() => s.getByText('Volgende verlenging').count()).toBe(1);
    await audit(s, 'Bestuur', 'nl-bestuur');

    await s.getByRole('link', { name: 'Toetreding', exact: true }).click();
    await audit(s, 'Toetreding', 'nl-bestuur-toetredingen');
    await s.getByRole('link', { name: 'Nieuw verzoek tot toetreding' }).click();
    await poll(() => h1(s)).toBe('Nieuw verzoek tot toetreding');
    await s.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await poll(() => s.getByRole('link', { name: 'Vul “Naam van de organisatie” in.' }).count()).toBe(1);
    await audit(s, 'Nieuw verzoek tot toetreding', 'nl-bestuur-toetreding-nieuw-fouten');

    await s.getByLabel('Naam van de organisatie').fill('Stichting Buurtbemiddeling Haaglanden');
    await s.getByLabel('Domein').selectOption('care');
    await s.getByLabel('Statutair gevestigd te').fill('Den Haag');
    await s.getByLabel('Kantoorhoudend aan').fill('Lange Voorhout 9, 2514 EA Den Haag');
    await s.getByLabel('Vertegenwoordigd door (naam)').fill('Anouk de Graaf');
    await s.getByLabel('Functie van de vertegenwoordiger').fill('directeur-bestuurder');
    await s
      .getByLabel('Bijdrage aan de doelen van het convenant')
      .fill('Bemiddeling bij burenruzies die in casussen vaak een rol spelen.');
    await s.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await poll(() => h1(s)).toBe('Toetreding van Stichting Buurtbemiddeling Haaglanden');
    const accessionUrl = s.url();
    const accessionId = accessionUrl.split('/').at(-1) ?? '';
    await audit(s, 'Toetreding van Stichting Buurtbemiddeling Haaglanden', 'nl-bestuur-toetreding-verzoek');

    await s.getByRole('button', { name: 'Alle partijen informeren' }).click();
    await announced(s, 'Alle partijen zijn geïnformeerd.');

    // The politie delegate consents for politie (Art. 20.4).
    const pol = await app.login('politie');
    const p = pol.page;
    await p.goto(accessionUrl);
    await poll(() => p.getByLabel('Antwoord').count()).toBe(1);
    await audit(
      p,
      'Toetreding van Stichting Buurtbemiddeling Haaglanden',
      'nl-bestuur-toetreding-instemming',
    );
    await p.getByLabel('Antwoord').selectOption('yes');
    await p.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await announced(p, 'Het antwoord van uw partij is vastgelegd.');
    await poll(() => p.getByRole('cell', { name: 'Akkoord' }).count()).toBe(1);

    // Approval before all consented is refused, with the article.
    await s.reload();
    await s.getByLabel('Kenmerk').fill('SG-2025-07');
    await s.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await poll(() => s.getByText('Art. 20.4', { exact: false }).count()).toBeGreaterThan(0);
    await audit(s, /^Toetreding van/, 'nl-bestuur-toetreding-weigering');

    consentForOtherParties(app.server.databasePath, accessionId, ['politie-den-haag']);
    await s.reload();
    await poll(() => s.getByText('Alle partijen stemden in.').count()).toBe(1);
    await s.getByLabel('Kenmerk').fill('SG-2025-07');
    await s.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await announced(s, 'Het besluit van de Stuurgroep is vastgelegd.');

    const pdfLink = s.getByRole('link', { name: 'Toetredingsformulier (Bijlage 1) downloaden als PDF' });
    await poll(() => pdfLink.count()).toBe(1);
    const pdf = await s.request.get(`${base}${await pdfLink.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await s.getByLabel('Naam van wie tekende').fill('Anouk de Graaf');
    await s.getByRole('button', { name: 'Handtekening vastleggen' }).click();
    await announced(s, 'De handtekening is vastgelegd.');
    await s.getByLabel('Wie tekende', { exact: true }).selectOption('chair');
    await s.getByLabel('Naam van wie tekende').fill('Jan van Zanen');
    await s.getByRole('button', { name: 'Handtekening vastleggen' }).click();
    await poll(() => s.getByText('Stand: toegetreden').count()).toBe(1);
    expect(await s.locator('[aria-current="step"]').count()).toBe(0);
    await audit(s, /^Toetreding van/, 'nl-bestuur-toetreding-toegetreden');
    await inEnglish(
      s,
      accessionUrl,
      'Accession of Stichting Buurtbemiddeling Haaglanden',
      'en-bestuur-toetreding',
    );

    for (const x of app.sessions) {
      await x.problems.collect();
      // The one refusal the test provoked on purpose (approval before all consented) is no defect.
      expect(x.problems.list.filter((line) => !/409 \(Conflict\).*\/decision\)$/.test(line))).toEqual([]);
      x.problems.list.splice(0);
    }
  });

  it('holds a Partneroverleg decision for an absent affected party, then adopts it', {
    timeout: 300_000,
  }, async () => {
    const base = app.server.baseUrl;
    const sec = app.sessions[0] ?? (await login(app.browser, base, 'secretaris'));
    const pol = app.sessions[1] ?? (await login(app.browser, base, 'politie'));
    const s = sec.page;
    const p = pol.page;

    await s.goto(`${base}/bestuur`);
    await s.getByRole('link', { name: 'Vergaderingen en besluiten' }).click();
    await poll(() => s.getByRole('heading', { level: 2, name: 'Partneroverleg' }).count()).toBe(1);
    await poll(() => s.getByText('Ten minste eens per 84 dagen', { exact: false }).count()).toBeGreaterThan(
      0,
    );
    await audit(s, 'Vergaderingen en besluiten', 'nl-bestuur-vergaderingen');

    await s.getByLabel('Orgaan').selectOption({ label: 'Partneroverleg' });
    await s.getByLabel('Titel').fill('Partneroverleg voorjaar');
    await s.getByLabel('Plaats').fill('Zorg- en Veiligheidshuis, Den Haag');
    await s.getByRole('button', { name: 'Vergadering plannen' }).click();
    await poll(() => h1(s)).toBe('Partneroverleg: Partneroverleg voorjaar');
    const meetingUrl = s.url();
    await audit(s, 'Partneroverleg: Partneroverleg voorjaar', 'nl-bestuur-vergadering');

    // The invitation as iCalendar, for members only.
    const ics = await s.request.get(
      `${base}${await s.getByRole('link', { name: 'Uitnodiging downloaden (iCalendar)' }).getAttribute('href')}`,
    );
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain('BEGIN:VEVENT');

    // Agenda, attendance (Romy Hendriks of Reclassering Nederland is absent), a proposal.
    await s.getByLabel('Agendapunt', { exact: true }).fill('Werkafspraken huisbezoeken');
    await s.getByRole('button', { name: 'Agendapunt inbrengen' }).click();
    await announced(s, 'Het agendapunt is ingebracht.');
    await s.getByLabel('Romy Hendriks').selectOption('absent');
    await s.getByRole('button', { name: 'Aanwezigheid vastleggen' }).click();
    await announced(s, 'De aanwezigheid is vastgelegd.');
    await poll(() => s.getByRole('cell', { name: 'afwezig' }).count()).toBe(1);
    await s.getByLabel('Onderwerp').fill('Werkafspraken huisbezoeken');
    await s
      .getByLabel('Voorstel', { exact: true })
      .fill('Huisbezoeken worden voortaan door twee partijen samen afgelegd.');
    await s.getByLabel('Reclassering Nederland').check();
    await s.getByRole('button', { name: 'Voorstel vastleggen' }).click();
    await announced(s, 'Het voorstel is vastgelegd.');
    await s.getByRole('link', { name: 'Werkafspraken huisbezoeken' }).click();
    await poll(() => h1(s)).toBe('Besluit: Werkafspraken huisbezoeken');
    const decisionUrl = s.url();

    // The politie delegate votes for politie.
    await p.goto(decisionUrl);
    await poll(() => p.getByLabel('Stem namens').count()).toBe(1);
    await audit(p, 'Besluit: Werkafspraken huisbezoeken', 'nl-bestuur-besluit-stemmen');
    await p.getByLabel('Stem', { exact: true }).selectOption('for');
    await p.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await announced(p, 'De stem is uitgebracht.');
    await poll(() => p.getByRole('cell', { name: 'eigen stem' }).count()).toBe(1);

    // Closing: held, because Reclassering Nederland is affected, absent and unheard (Art. 7.2).
    await s.reload();
    await s.getByRole('button', { name: 'Stemming sluiten' }).click();
    await announced(s, 'De stemming is gesloten.');
    await poll(() =>
      s.getByText('Aangehouden tot gehoord is: Reclassering Nederland', { exact: false }).count(),
    ).toBe(1);
    await audit(s, 'Besluit: Werkafspraken huisbezoeken', 'nl-bestuur-besluit-aangehouden');

    // Its written input arrives; closing again adopts it (1 for, 0 against).
    await s.getByLabel('Partij', { exact: true }).selectOption({ label: 'Reclassering Nederland' });
    await s
      .getByLabel('Inbreng', { exact: true })
      .fill('Reclassering Nederland kan zich vinden in het voorstel.');
    await s.getByRole('button', { name: 'Inbreng vastleggen' }).click();
    await announced(s, 'De inbreng is vastgelegd.');
    await s.getByRole('button', { name: 'Stemming sluiten' }).click();
    await poll(() => s.getByText('Aangenomen: meer stemmen voor dan tegen.').count()).toBe(1);
    await poll(() => s.getByText('1 voor, 0 tegen, 0 onthouding').count()).toBe(1);
    await audit(s, 'Besluit: Werkafspraken huisbezoeken', 'nl-bestuur-besluit-aangenomen');
    await inEnglish(s, decisionUrl, 'Decision: Werkafspraken huisbezoeken', 'en-bestuur-besluit');

    // After the meeting: held, minutes adopted, decision list to the Stuurgroep (Art. 5.6, 7.4).
    await s.goto(meetingUrl);
    await s.getByRole('button', { name: 'Markeren als gehouden' }).click();
    await announced(s, 'De vergadering is gemarkeerd als gehouden.');
    await s.getByRole('textbox', { name: 'Verslag' }).fill('Het voorstel over huisbezoeken is aangenomen.');
    await s.getByLabel('Stand van het verslag').selectOption('adopted');
    await s.getByRole('button', { name: 'Verslag opslaan' }).click();
    await announced(s, 'Het verslag is opgeslagen.');
    await s.getByRole('button', { name: 'Besluitenlijst versturen' }).click();
    await announced(s, 'De besluitenlijst is verstuurd.');
    await audit(s, 'Partneroverleg: Partneroverleg voorjaar', 'nl-bestuur-vergadering-gehouden');
    // Body names come from the house configuration, in Dutch.
    await inEnglish(s, meetingUrl, 'Partneroverleg: Partneroverleg voorjaar', 'en-bestuur-vergadering');

    for (const x of [sec, pol]) {
      await x.problems.collect();
      expect(x.problems.list).toEqual([]);
      x.problems.list.splice(0);
    }
  });

  it('shows every governance screen without axe violations, in Dutch and English', {
    timeout: 300_000,
  }, async () => {
    const base = app.server.baseUrl;
    const sec = app.sessions[0] ?? (await login(app.browser, base, 'secretaris'));
    const s = sec.page;

    // Detail pages with their forms: a covenant version, a notice of default, a dispute, a statement, a plan.
    await s.goto(`${base}/bestuur/convenant`);
    await s.getByLabel('Versie', { exact: true }).fill('2025-1');
    await s.getByLabel('Wat is gewijzigd').fill('Artikel 16 aangepast aan de nieuwe bewaartermijnen.');
    await s.getByLabel('Kenmerk').fill('SG-2025-09');
    await s.getByLabel('In werking per').fill(`${new Date().getFullYear() + 1}-01-01`);
    await s.getByRole('button', { name: 'Wijziging vastleggen' }).click();
    await poll(() => h1(s)).toBe('Convenant, versie 2025-1');
    await s.getByLabel('Naam van wie tekende').fill('Jan van Zanen');
    await s.getByRole('button', { name: 'Ondertekening vastleggen' }).click();
    await announced(s, 'De ondertekening is vastgelegd.');
    const versionUrl = s.url();

    await s.goto(`${base}/bestuur/geschillen`);
    await s.getByLabel('Over wie').selectOption('manager');
    await s.getByLabel('Om wie of wat gaat het').fill('De manager');
    await s.getByLabel('Wat is het geschil').fill('Verschil van inzicht over de inzet van personeel.');
    await s.getByRole('button', { name: 'Geschil voorleggen' }).click();
    await poll(() => h1(s)).toBe('Geschil over de manager');
    const disputeUrl = s.url();

    await s.goto(`${base}/bestuur/verklaringen`);
    await s.getByLabel('Titel', { exact: true }).fill('Jaarcijfers 2024');
    await s.getByLabel('Voor wie').fill('Pers');
    await s.getByLabel('Tekst van de verklaring').fill('Het huis behandelde in 2024 meer casussen dan ooit.');
    await s.getByRole('button', { name: 'Verklaring voorstellen' }).click();
    await poll(() => h1(s)).toBe('Jaarcijfers 2024');
    const statementUrl = s.url();

    await s.goto(`${base}/bestuur/jaarstukken`);
    await s.getByRole('button', { name: 'Beginnen' }).first().click();
    await announced(s, 'Het document is begonnen.');
    await s.getByRole('link', { name: /^Jaarplan \d{4}$/ }).click();
    await poll(() => h1(s)).toMatch(/^Jaarplan \d{4}$/);
    await s
      .getByRole('textbox', { name: 'a. Langetermijnvisie (Art. 4.4a)' })
      .fill('Eén huis voor de regio.');
    await s.getByRole('button', { name: 'Opslaan' }).click();
    await announced(s, 'De onderdelen zijn opgeslagen.');
    await poll(() => s.getByText('Kan nog niet in stemming', { exact: false }).count()).toBe(1);
    const planUrl = s.url();
    const planTitle = (await h1(s)) ?? '';

    const pages: [string, string | RegExp, string | RegExp, string][] = [
      ['/bestuur', 'Bestuur', 'Governance', 'bestuur'],
      ['/bestuur/toetredingen', 'Toetreding', 'Accession', 'bestuur-toetredingen'],
      [
        '/bestuur/toetredingen/nieuw',
        'Nieuw verzoek tot toetreding',
        'New request to accede',
        'bestuur-toetreding-nieuw',
      ],
      [
        '/bestuur/convenant',
        'Wijzigingen van het convenant',
        'Amendments of the covenant',
        'bestuur-convenant',
      ],
      [
        versionUrl.slice(base.length),
        'Convenant, versie 2025-1',
        'Covenant, version 2025-1',
        'bestuur-convenant-versie',
      ],
      ['/bestuur/beeindiging', 'Opzegging en uitsluiting', 'Withdrawal and exclusion', 'bestuur-beeindiging'],
      ['/bestuur/geschillen', 'Geschillen', 'Disputes', 'bestuur-geschillen'],
      [
        disputeUrl.slice(base.length),
        'Geschil over de manager',
        'Dispute about the manager',
        'bestuur-geschil',
      ],
      [
        '/bestuur/verklaringen',
        'Verklaringen naar derden',
        'Statements to third parties',
        'bestuur-verklaringen',
      ],
      [statementUrl.slice(base.length), 'Jaarcijfers 2024', 'Jaarcijfers 2024', 'bestuur-verklaring'],
      [
        '/bestuur/vergaderingen',
        'Vergaderingen en besluiten',
        'Meetings and decisions',
        'bestuur-vergaderingen',
      ],
      ['/bestuur/mandaten', 'Mandaten', 'Mandates', 'bestuur-mandaten'],
      ['/bestuur/jaarstukken', 'Jaarplan en jaarverslag', 'Annual plan and report', 'bestuur-jaarstukken'],
      [
        planUrl.slice(base.length),
        planTitle,
        planTitle.replace('Jaarplan', 'Annual plan'),
        'bestuur-jaarplan',
      ],
      ['/bestuur/financien', /^Financiën \d{4}$/, /^Finances \d{4}$/, 'bestuur-financien'],
    ];
    for (const [path, nl, en, shot] of pages) {
      await s.goto(`${base}${path}`);
      await audit(s, nl, `nl-${shot}`);
      await inEnglish(s, `${base}${path}`, en, `en-${shot}`);
    }

    // The manager keeps the finances (Art. 18.2).
    const man = await app.login('manager');
    const m = man.page;
    await m.goto(`${base}/bestuur/financien`);
    await expect.poll(() => m.getByLabel('Post').count(), { timeout: 45_000 }).toBe(1);
    await m.getByLabel('Post').fill('Personeel');
    await m.getByLabel('Begroot').fill('1.250.000,00');
    await m.getByRole('button', { name: 'Toevoegen' }).first().click();
    await announced(m, 'De financiën zijn opgeslagen.');
    await poll(() => m.getByRole('rowheader', { name: 'Personeel' }).count()).toBe(1);
    await audit(m, /^Financiën \d{4}$/, 'nl-bestuur-financien-manager');

    for (const x of [sec, man]) {
      await x.problems.collect();
      expect(x.problems.list).toEqual([]);
    }
  });
  it('shows a professional without a seat no Bestuur menu and no 404s, but a clear empty state', {
    timeout: 300_000,
  }, async () => {
    const base = app.server.baseUrl;
    // A professional with a seat has Bestuur in the menu because of the seat, not the role.
    const pol = app.sessions[1] ?? (await login(app.browser, base, 'politie'));
    await pol.page.goto(`${base}/`);
    const polNav = pol.page.getByRole('navigation', { name: 'Hoofdmenu' });
    await poll(() => polNav.getByRole('link', { name: 'Bestuur', exact: true }).count()).toBe(1);

    removeSeats(app.server.databasePath, 'ggz');
    const ggz = await app.login('ggz');
    const g = ggz.page;
    await g.goto(`${base}/bestuur`);
    await poll(() => g.getByText('U heeft geen zetel in de Stuurgroep', { exact: false }).count()).toBe(1);
    const nav = g.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Bestuur', exact: true }).count()).toBe(0);
    // Only what the server lets them use: raising a dispute (Art. 13.4), no membership records.
    const sections = g.getByRole('navigation', { name: 'Onderdelen' });
    await poll(() => sections.getByRole('link').allInnerTexts()).toEqual(['Geschillen']);
    await audit(g, 'Bestuur', 'nl-bestuur-zonder-zetel');
    await inEnglish(g, `${base}/bestuur`, 'Governance', 'en-bestuur-zonder-zetel');

    // A section for members only explains itself instead of loading into a 404.
    await g.goto(`${base}/bestuur/vergaderingen`);
    await poll(() =>
      g.getByRole('heading', { level: 2, name: 'Geen toegang tot dit onderdeel' }).count(),
    ).toBe(1);
    await poll(() =>
      g.getByText('U heeft in geen van deze organen een zetel.', { exact: false }).count(),
    ).toBe(1);
    await audit(g, 'Vergaderingen en besluiten', 'nl-bestuur-vergaderingen-zonder-zetel');
    await g.goto(`${base}/bestuur/toetredingen`);
    await poll(() => g.getByText('Art. 10.1', { exact: false }).count()).toBe(1);

    for (const x of [pol, ggz]) {
      await x.problems.collect();
      expect(x.problems.list).toEqual([]);
      x.problems.list.splice(0);
    }
  });
});
