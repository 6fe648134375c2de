/** The shipped Haaglanden house configuration and its loader (domain.md §7, covenant Art. 4, 6, 15, 23). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type HouseConfig, processingActivityUri } from '../../src/platform/config/house-config.js';
import {
  defaultHouseConfigPath,
  HouseConfigError,
  loadHouseConfig,
} from '../../src/platform/config/load-house-config.js';

/** The signatories as the covenant lists them, in its order. */
const covenantMunicipalities = [
  'Den Haag',
  'Delft',
  'Leidschendam-Voorburg',
  'Midden-Delfland',
  'Pijnacker-Nootdorp',
  'Rijswijk',
  'Wassenaar',
  'Westland',
  'Zoetermeer',
];
const covenantPartners = [
  'Politie regionale eenheid Den Haag',
  'Openbaar Ministerie',
  'Reclassering Nederland',
  'Leger des Heils reclassering',
  'Fivoor',
  'Parnassia Groep',
  'GGZ Delfland',
  'GGZ Rivierduinen',
  'Stichting Jeugdbescherming west Haaglanden',
  // The covenant misspells this as "Raad voor de kindbescherming"; the config uses the official name.
  'Raad voor de Kinderbescherming',
  'Veilig Thuis',
  'GGD Haaglanden',
  'Goodwillwerk Leger des Heils Regio Den Haag',
  'Dienst Justitiële Inrichtingen Haaglanden',
  'Middin',
  'Teylingereind',
  'Limor',
  'Perspektief',
  'JIT',
  'Stichting Humanitas',
  'William Schrikker Stichting',
  'Kessler Stichting',
  'Stichting Exodus',
  'SHOP Den Haag',
  'Stichting Barka',
];

const staffRoles = ['manager', 'procesregisseur', 'secretary'];

describe('the shipped house configuration (Haaglanden)', () => {
  const cfg: HouseConfig = loadHouseConfig(defaultHouseConfigPath());
  const partyKeys = new Set(cfg.parties.map((p) => p.key));
  const body = (key: string) => {
    const b = cfg.bodies.find((x) => x.key === key);
    if (!b) throw new Error(`no body ${key}`);
    return b;
  };

  it('is found relative to the package root and loads', () => {
    const path = defaultHouseConfigPath();
    expect(isAbsolute(path)).toBe(true);
    expect(path.endsWith(join('config', 'houses', 'haaglanden.yaml'))).toBe(true);
    expect(cfg.house).toMatchObject({
      slug: 'haaglanden',
      name: 'Zorg- en Veiligheidshuis Haaglanden',
      shortName: 'ZVH Haaglanden',
      uriBase: 'urn:ketenhuis:haaglanden',
      timezone: 'Europe/Amsterdam',
    });
    expect(cfg.covenant).toMatchObject({
      effectiveFrom: '2019-01-01',
      initialTermYears: 5,
      renewalTermYears: 1,
    });
    expect(cfg.triage).toEqual({
      weekday: 'tuesday',
      time: '10:00',
      registrationDeadline: { weekday: 'monday', time: '12:00' },
    });
    expect(cfg.cadence).toEqual({
      stuurgroepMinPerYear: 2,
      partneroverlegIntervalWeeks: 12,
      annualMeetingsPerYear: 1,
    });
  });

  it('lists the 34 signatories of the covenant: 9 gemeenten and 25 partners', () => {
    expect(cfg.parties).toHaveLength(34);
    expect(partyKeys.size).toBe(34);
    const gemeenten = cfg.parties.filter((p) => p.kind === 'gemeente');
    const partners = cfg.parties.filter((p) => p.kind === 'partner');
    expect(gemeenten.map((p) => p.name)).toEqual(covenantMunicipalities.map((n) => `Gemeente ${n}`));
    expect(partners.map((p) => p.name)).toEqual(covenantPartners);
    for (const g of gemeenten) expect(g.domain).toBe('municipal');
    for (const d of ['care', 'justice'] as const) expect(partners.some((p) => p.domain === d)).toBe(true);
  });

  it('has Den Haag as centrumgemeente (Art. 1.12)', () => {
    expect(cfg.house.centrumgemeente).toBe('den-haag');
    const centrum = cfg.parties.find((p) => p.key === cfg.house.centrumgemeente);
    expect(centrum).toMatchObject({ name: 'Gemeente Den Haag', kind: 'gemeente' });
  });

  it('has branding whose text on the primary colour reaches WCAG AA (4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const { primaryColor, textOnPrimary } = cfg.house.branding;
    const [hi, lo] = [luminance(primaryColor), luminance(textOnPrimary)].sort((a, b) => b - a);
    expect(((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('has the Stuurgroep of Art. 4.3, chaired by Den Haag', () => {
    const stuurgroep = body('stuurgroep');
    const chairs = stuurgroep.seats.filter((s) => s.role === 'chair');
    expect(chairs).toHaveLength(1);
    expect(chairs[0]).toMatchObject({ party: 'den-haag', votes: true, article: '4.3a' });
    const otherMayors = stuurgroep.seats.filter((s) => s.article === '4.3b');
    const others = cfg.parties.filter((p) => p.kind === 'gemeente' && p.key !== 'den-haag').map((p) => p.key);
    expect(otherMayors.map((s) => s.party).sort()).toEqual([...others].sort());
    expect(stuurgroep.seats.find((s) => s.article === '4.3e')?.party).toBe('openbaar-ministerie');
    expect(stuurgroep.seats.find((s) => s.article === '4.3f')?.party).toBe('politie-den-haag');
    expect(stuurgroep.seats.find((s) => s.article === '4.3d')?.optional).toBe(true);
    expect(stuurgroep.seats.find((s) => s.article === '4.3g')?.optional).toBe(true);
    const articles = stuurgroep.seats.map((s) => s.article.slice(-1));
    expect([...new Set(articles)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(stuurgroep.seats.filter((s) => s.role === 'secretary')).toHaveLength(1);
    expect(stuurgroep.seats.filter((s) => s.role === 'manager')).toHaveLength(1);
  });

  it('gives staff seats no party and no vote, in every body', () => {
    for (const b of cfg.bodies) {
      for (const s of b.seats) {
        if (staffRoles.includes(s.role)) {
          expect(s.votes, `${b.key} ${s.role}`).toBe(false);
          expect(s.party, `${b.key} ${s.role}`).toBeUndefined();
        }
      }
    }
    expect(cfg.bodies.map((b) => b.key).sort()).toEqual(['jaarvergadering', 'partneroverleg', 'stuurgroep']);
  });

  it('has a Partneroverleg with one joint municipal delegate and one delegate per partner (Art. 6.3, 6.7)', () => {
    const po = body('partneroverleg');
    const delegates = po.seats.filter((s) => s.role === 'delegate');
    const partners = cfg.parties.filter((p) => p.kind === 'partner').map((p) => p.key);
    expect(delegates.map((s) => s.party).sort()).toEqual(['den-haag', ...partners].sort());
    expect(delegates.every((s) => s.votes)).toBe(true);
    expect(
      po.seats
        .filter((s) => staffRoles.includes(s.role))
        .map((s) => s.role)
        .sort(),
    ).toEqual(['manager', 'procesregisseur', 'secretary']);
  });

  it('invites every party to the annual meeting with one vote each (Art. 6.4)', () => {
    const jv = body('jaarvergadering');
    expect(jv.seats.map((s) => s.party).sort()).toEqual([...partyKeys].sort());
    expect(jv.seats.every((s) => s.role === 'member' && s.votes)).toBe(true);
  });

  it('puts an article on every seat and only refers to existing parties', () => {
    for (const b of cfg.bodies) {
      for (const s of b.seats) {
        expect(s.article).toMatch(/^\d+\.\d+[a-i]?$/);
        if (s.party !== undefined) expect(partyKeys.has(s.party)).toBe(true);
      }
    }
  });

  it('has the three privacy protocols of Art. 15.3, each admitting only existing parties', () => {
    expect(cfg.privacyProtocols.map((p) => [p.key, p.article, p.retentionMonths])).toEqual([
      ['multiproblematiek', '15.3a', 24],
      ['radicalisering', '15.3b', 60],
      ['jeugdgroepen', '15.3c', 24],
    ]);
    const [multi, radical, youth] = cfg.privacyProtocols;
    expect(multi?.admits).toBe('all');
    for (const p of [radical, youth]) {
      const admits = p?.admits;
      if (admits === undefined || admits === 'all')
        throw new Error(`${p?.key} should admit a restricted list`);
      expect(admits.length).toBeLessThan(cfg.parties.length);
      expect(new Set(admits).size).toBe(admits.length);
      for (const k of admits) expect(partyKeys.has(k), `${p?.key}: ${k}`).toBe(true);
      // Every municipality, the police and the OM take part in both special themes.
      for (const k of ['den-haag', 'zoetermeer', 'politie-den-haag', 'openbaar-ministerie'])
        expect(admits).toContain(k);
    }
  });

  it('has a processing register with unique, stable URIs', () => {
    const keys = cfg.processingRegister.map((a) => a.key);
    for (const k of [
      'aanmelding',
      'beoordeling',
      'triage',
      'casusoverleg',
      'plan-van-aanpak',
      'uitvoering-monitoring',
      'afschaling',
      'verwijdering',
      'verstrekking-derden',
      'inzage-betrokkene',
      'adviesvraag',
      'trendanalyse',
      'logboek-inzage',
      'gebruikersbeheer',
    ]) {
      expect(keys).toContain(k);
    }
    const uris = keys.map((k) => processingActivityUri(cfg, k));
    expect(new Set(uris).size).toBe(uris.length);
    for (const uri of uris) expect(uri).toMatch(/^urn:ketenhuis:haaglanden:verwerking:[a-z0-9-]+$/);
    // Stable: derived from house and key only, the same on every load.
    expect(processingActivityUri(cfg, 'aanmelding')).toBe('urn:ketenhuis:haaglanden:verwerking:aanmelding');
    expect(
      loadHouseConfig(defaultHouseConfigPath()).processingRegister.map((a) =>
        processingActivityUri(cfg, a.key),
      ),
    ).toEqual(uris);
    const protocols = new Set(cfg.privacyProtocols.map((p) => p.key));
    for (const a of cfg.processingRegister) if (a.protocol) expect(protocols.has(a.protocol)).toBe(true);
  });
});

describe('loadHouseConfig refuses a broken configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-house-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;

  /** Writes a changed copy of the shipped configuration and returns the error loading it gives. */
  function errorFor(change: (cfg: HouseConfig) => void): HouseConfigError {
    const cfg = structuredClone(loadHouseConfig(defaultHouseConfigPath()));
    change(cfg);
    const file = join(dir, `house-${++n}.yaml`);
    writeFileSync(file, stringify(cfg));
    try {
      loadHouseConfig(file);
    } catch (err) {
      expect(err).toBeInstanceOf(HouseConfigError);
      const e = err as HouseConfigError;
      expect(e.message).toContain(file);
      return e;
    }
    throw new Error('expected the configuration to be refused');
  }

  it('refuses an unknown domain and names the key path', () => {
    const e = errorFor((cfg) => {
      (cfg.parties[3] as { domain: string }).domain = 'education';
    });
    expect(e.message).toMatch(/parties\.3\.domain: /);
    expect(e.keys).toEqual(['parties.3.domain']);
  });

  it('refuses a seat with an unknown party', () => {
    const e = errorFor((cfg) => {
      const seat = cfg.bodies[0]?.seats[0];
      if (seat) seat.party = 'gemeente-atlantis';
    });
    expect(e.message).toContain('bodies.0.seats.0.party: onbekende partij gemeente-atlantis');
  });

  it('refuses a duplicate party key', () => {
    const e = errorFor((cfg) => {
      const second = cfg.parties[1];
      if (second) second.key = 'den-haag';
    });
    expect(e.message).toContain('parties.1.key: dubbele partij den-haag');
  });

  it('refuses a protocol admitting an unknown party, and an unknown protocol in the register', () => {
    const e = errorFor((cfg) => {
      const radical = cfg.privacyProtocols[1];
      if (radical && radical.admits !== 'all') radical.admits.push('onbekend');
      const first = cfg.processingRegister[0];
      if (first) first.protocol = 'geen-protocol';
    });
    expect(e.message).toMatch(/privacyProtocols\.1\.admits\.\d+: onbekende partij onbekend/);
    expect(e.message).toContain('processingRegister.0.protocol: onbekend protocol geen-protocol');
  });

  it('refuses a duplicate processing activity and a voting staff seat', () => {
    const e = errorFor((cfg) => {
      const [first, second] = cfg.processingRegister;
      if (first && second) second.key = first.key;
      const staff = cfg.bodies[0]?.seats.find((s) => s.role === 'manager');
      if (staff) staff.votes = true;
    });
    expect(e.message).toMatch(/processingRegister\.1\.key: dubbele verwerking/);
    expect(e.message).toMatch(/bodies\.0\.seats\.\d+\.votes: manager stemt niet mee/);
  });

  it('refuses unknown keys and a non-municipal centrumgemeente', () => {
    const e = errorFor((cfg) => {
      (cfg.house as Record<string, unknown>).colour = 'blue';
      cfg.house.centrumgemeente = 'politie-den-haag';
    });
    expect(e.message).toContain('house.colour: onbekende sleutel');
    expect(e.message).toContain('house.centrumgemeente: de centrumgemeente moet een gemeente zijn');
  });

  it('names the file when it is missing or not YAML', () => {
    expect(() => loadHouseConfig(join(dir, 'missing.yaml'))).toThrow(
      /missing\.yaml: kan het bestand niet lezen/,
    );
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'house: [unclosed\n');
    expect(() => loadHouseConfig(bad)).toThrow(HouseConfigError);
  });
});
