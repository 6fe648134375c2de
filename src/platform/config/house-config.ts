/**
 * The house configuration: everything that differs between Zorg- en Veiligheidshuizen
 * (domain.md §7). Haaglanden ships as the default in config/houses/haaglanden.yaml; another house
 * adopts Ketenhuis by writing its own file, not by changing code.
 */
import { z } from 'zod';

const key = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en koppeltekens (kebab-case)');

const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd als HH:MM');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'kleur als #rrggbb');

export const partyKindSchema = z.enum(['gemeente', 'partner']);
export const partyDomainSchema = z.enum(['care', 'justice', 'municipal']);
/**
 * Art. 15.2: the special justice regimes a party may provide information under — police data
 * (Wet politiegegevens) and judicial data (Wet justitiële en strafvorderlijke gegevens). Ordinary
 * and special-category (health) data are open to every party.
 */
export const specialRegimes = ['wpg', 'wjsg'] as const;
export const specialRegimeSchema = z.enum(specialRegimes);
export type SpecialRegime = z.infer<typeof specialRegimeSchema>;

export const partyConfigSchema = z.strictObject({
  key,
  name: z.string().min(2).max(200),
  kind: partyKindSchema,
  domain: partyDomainSchema,
  /** Art. 15.2: the special regimes this party may provide; absent or empty: none. */
  regimes: z
    .array(specialRegimeSchema)
    .default([])
    .refine((rs) => new Set(rs).size === rs.length, 'noem ieder regime één keer'),
});

/** A seat in a body. `party` is absent for house staff seats (manager, secretary). */
export const seatConfigSchema = z.strictObject({
  role: z.enum(['chair', 'member', 'delegate', 'manager', 'procesregisseur', 'secretary']),
  party: key.optional(),
  description: z.string().min(2),
  article: z.string().min(1),
  optional: z.boolean().default(false),
  /** Staff advise but do not vote (domain.md §5). */
  votes: z.boolean(),
});

export const bodyConfigSchema = z.strictObject({
  key: z.enum(['stuurgroep', 'partneroverleg', 'jaarvergadering']),
  name: z.string().min(2),
  article: z.string().min(1),
  seats: z.array(seatConfigSchema),
});

export const privacyProtocolConfigSchema = z.strictObject({
  key,
  name: z.string().min(2),
  article: z.string().min(1),
  /** `all` admits every active party; otherwise the listed party keys only (Art. 15.3). */
  admits: z.union([z.literal('all'), z.array(key).min(1)]),
  /** Months after the case is closed before the dossier is removed (Art. 1.10). */
  retentionMonths: z.number().int().min(1).max(240),
});

export const processingActivityConfigSchema = z.strictObject({
  key,
  name: z.string().min(2),
  purpose: z.string().min(2),
  legalBasis: z.string().min(2),
  protocol: key.optional(),
});

export const houseConfigSchema = z
  .strictObject({
    house: z.strictObject({
      slug: key,
      name: z.string().min(2),
      shortName: z.string().min(2).max(60),
      centrumgemeente: key,
      /** Base of the stable URIs of the processing register, e.g. urn:ketenhuis:haaglanden. */
      uriBase: z
        .string()
        .regex(/^urn:[a-z0-9][a-z0-9-]{0,31}(:[a-z0-9-]+)+$/, 'een URN zoals urn:ketenhuis:haaglanden'),
      timezone: z.string().min(1),
      branding: z.strictObject({ primaryColor: colour, secondaryColor: colour, textOnPrimary: colour }),
    }),
    covenant: z.strictObject({
      title: z.string().min(2),
      effectiveFrom: z.iso.date(),
      initialTermYears: z.number().int().min(1),
      renewalTermYears: z.number().int().min(1),
    }),
    parties: z.array(partyConfigSchema).min(2),
    bodies: z.array(bodyConfigSchema),
    triage: z.strictObject({
      weekday,
      time: timeOfDay,
      registrationDeadline: z.strictObject({ weekday, time: timeOfDay }),
    }),
    cadence: z.strictObject({
      stuurgroepMinPerYear: z.number().int().min(1),
      partneroverlegIntervalWeeks: z.number().int().min(1),
      annualMeetingsPerYear: z.number().int().min(1),
    }),
    privacyProtocols: z.array(privacyProtocolConfigSchema).min(1),
    processingRegister: z.array(processingActivityConfigSchema).min(1),
  })
  .superRefine((cfg, ctx) => {
    const partyKeys = new Set<string>();
    cfg.parties.forEach((p, i) => {
      if (partyKeys.has(p.key))
        ctx.addIssue({ code: 'custom', path: ['parties', i, 'key'], message: `dubbele partij ${p.key}` });
      partyKeys.add(p.key);
    });
    const known = (k: string | undefined, path: (string | number)[]) => {
      if (k !== undefined && !partyKeys.has(k))
        ctx.addIssue({ code: 'custom', path, message: `onbekende partij ${k}` });
    };
    known(cfg.house.centrumgemeente, ['house', 'centrumgemeente']);
    const centrum = cfg.parties.find((p) => p.key === cfg.house.centrumgemeente);
    if (centrum && centrum.kind !== 'gemeente') {
      // Art. 1.12: the centrumgemeente is a municipality.
      ctx.addIssue({
        code: 'custom',
        path: ['house', 'centrumgemeente'],
        message: 'de centrumgemeente moet een gemeente zijn',
      });
    }
    const bodyKeys = new Set<string>();
    cfg.bodies.forEach((b, bi) => {
      if (bodyKeys.has(b.key))
        ctx.addIssue({ code: 'custom', path: ['bodies', bi, 'key'], message: `dubbel orgaan ${b.key}` });
      bodyKeys.add(b.key);
      b.seats.forEach((s, si) => {
        known(s.party, ['bodies', bi, 'seats', si, 'party']);
        // Staff advise but do not vote (domain.md §5).
        if (s.votes && (s.role === 'manager' || s.role === 'procesregisseur' || s.role === 'secretary'))
          ctx.addIssue({
            code: 'custom',
            path: ['bodies', bi, 'seats', si, 'votes'],
            message: `${s.role} stemt niet mee`,
          });
      });
    });
    const protocolKeys = new Set<string>();
    cfg.privacyProtocols.forEach((p, pi) => {
      if (protocolKeys.has(p.key))
        ctx.addIssue({
          code: 'custom',
          path: ['privacyProtocols', pi, 'key'],
          message: `dubbel protocol ${p.key}`,
        });
      protocolKeys.add(p.key);
      if (p.admits === 'all') return;
      const admitted = new Set<string>();
      p.admits.forEach((k, ki) => {
        known(k, ['privacyProtocols', pi, 'admits', ki]);
        if (admitted.has(k))
          ctx.addIssue({
            code: 'custom',
            path: ['privacyProtocols', pi, 'admits', ki],
            message: `dubbele partij ${k}`,
          });
        admitted.add(k);
      });
    });
    const activityKeys = new Set<string>();
    cfg.processingRegister.forEach((a, ai) => {
      if (activityKeys.has(a.key))
        ctx.addIssue({
          code: 'custom',
          path: ['processingRegister', ai, 'key'],
          message: `dubbele verwerking ${a.key}`,
        });
      activityKeys.add(a.key);
      if (a.protocol && !protocolKeys.has(a.protocol))
        ctx.addIssue({
          code: 'custom',
          path: ['processingRegister', ai, 'protocol'],
          message: `onbekend protocol ${a.protocol}`,
        });
    });
  });

export type HouseConfig = z.infer<typeof houseConfigSchema>;
export type PartyConfig = z.infer<typeof partyConfigSchema>;

/** The stable URI of a processing activity, used as dpl.core.processing_activity_id. */
export function processingActivityUri(cfg: Pick<HouseConfig, 'house'>, activityKey: string): string {
  return `${cfg.house.uriBase}:verwerking:${activityKey}`;
}
