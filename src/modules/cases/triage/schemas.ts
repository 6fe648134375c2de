/**
 * Request and response schemas of the triage (Art. 1.8, 12.2b): information requests to parties
 * (bevragingen) and their answers, the limited view a party gets of a case it is asked about, the
 * triage outcome, and the "next triage" list. Strict objects: unknown fields are refused.
 */
import { z } from 'zod';
import { pageQuerySchema } from '../../../platform/http/pagination.js';
import { regimes } from '../../information/schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date({ message: 'verwacht een datum JJJJ-MM-DD' });

export const requestStatuses = ['open', 'answered', 'cancelled'] as const;
export const triageRoutes = ['conference', 'advice', 'referral'] as const;

export const requestCreateSchema = z
  .strictObject({
    partyId: z.uuid(),
    question: text(5_000).describe('Wat de partij wordt gevraagd; versleuteld opgeslagen'),
    deadline: isoDate.describe('Uiterste datum voor het antwoord'),
  })
  .meta({ id: 'InformationRequestCreate' });

export const requestAnswerSchema = z
  .strictObject({
    involved: z.boolean().describe('Is de partij betrokken bij (een van) de betrokkenen?'),
    summary: text(5_000),
    information: text(20_000).nullable().optional(),
    // Art. 15.2, 16.2: the answer becomes an information item of the answering party, which names
    // its legal regime as it provides it. Optional for existing clients; omitted means `gewoon`.
    regime: z
      .enum(regimes)
      .default('gewoon')
      .describe(
        'Het wettelijk regime van het antwoord: gewoon, bijzonder (gezondheid), politie (Wpg), justitieel (Wjsg); standaard gewoon. Politie en justitieel alleen voor een partij die de huisconfiguratie daarvoor aanwijst, anders 422 regime-not-allowed (Art. 15.2)',
      ),
  })
  .meta({ id: 'InformationRequestAnswer' });

export const cancelBodySchema = z.strictObject({ reason: text(5_000) }).meta({ id: 'CancelReason' });

// Backlog 18 (Art. 16.2): the content of an answer is the answering party's information item and
// is shown only when the caller may see that item now; otherwise null, for every reason alike.
const answerContentSchema = z
  .strictObject({
    itemId: z.string().describe('Het informatie-item van de antwoordende partij met dit antwoord'),
    involved: z.boolean().describe('Is de partij betrokken bij (een van) de betrokkenen?'),
    text: z.string().describe('De samenvatting en, na een witregel, de informatie'),
  })
  .meta({ id: 'InformationRequestAnswerContent' });

const answerSchema = z.strictObject({
  answeredByUserId: z.string(),
  answeredAt: z.string(),
  content: answerContentSchema
    .nullable()
    .describe('De inhoud, via het informatie-item en alleen als u dat nu mag zien (Art. 16.2); anders null'),
});

export const caseRequestSchema = z
  .strictObject({
    id: z.string(),
    caseId: z.string(),
    partyId: z.string(),
    askedByUserId: z.string(),
    question: z.string(),
    deadline: z.string(),
    status: z.enum(requestStatuses),
    overdue: z.boolean(),
    answer: answerSchema.nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'InformationRequest' });

export const caseRequestListSchema = z
  .strictObject({ items: z.array(caseRequestSchema) })
  .meta({ id: 'InformationRequestList' });

export const partyRequestActions = ['answer'] as const;

export const partyRequestSchema = z
  .strictObject({
    id: z.string(),
    caseNumber: z.string(),
    partyId: z.string(),
    question: z.string(),
    deadline: z.string(),
    status: z.enum(['open', 'answered']),
    overdue: z.boolean(),
    persons: z
      .array(z.strictObject({ name: z.string(), birthDate: z.string() }))
      .nullable()
      .describe('Naam en geboortedatum om de betrokkenen op te zoeken; alleen zolang het verzoek open is'),
    answer: answerSchema.nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    permissions: z.array(z.enum(partyRequestActions)),
  })
  .meta({
    id: 'PartyInformationRequest',
    description: 'Beperkte weergave voor de bevraagde partij (Art. 1.8)',
  });

export const partyRequestQuerySchema = pageQuerySchema.extend({
  status: z.enum(['open', 'answered']).default('open'),
});

export const partyRequestPageSchema = z
  .strictObject({ items: z.array(partyRequestSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'PartyInformationRequestPage' });

export const requestParamsSchema = z.strictObject({ id: z.uuid() });
export const caseRequestParamsSchema = z.strictObject({ id: z.uuid(), requestId: z.uuid() });

export const triageDecisionSchema = z
  .strictObject({
    route: z.enum(triageRoutes).describe('casusoverleg, alleen advies of verwijzing elders (Art. 1.8)'),
    goal: text(10_000),
    themes: z.array(text(200)).max(30).default([]),
    partyIds: z.array(z.uuid()).max(60).default([]).describe('Te betrekken partijen (Art. 1.8)'),
    advice: text(10_000)
      .nullable()
      .optional()
      .describe('Het advies of de verwijzing; verplicht zonder overleg'),
  })
  .meta({ id: 'TriageDecision' });
export type TriageDecision = z.infer<typeof triageDecisionSchema>;

export const triageOutcomeSchema = z
  .strictObject({
    route: z.enum(triageRoutes),
    goal: z.string(),
    themes: z.array(z.string()),
    partyIds: z.array(z.string()),
    advice: z.string().nullable(),
    decidedByUserId: z.string(),
    decidedAt: z.string(),
  })
  .meta({ id: 'TriageOutcome' });

export const nextTriageSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({
        id: z.string(),
        caseNumber: z.string(),
        protocolKey: z.string(),
        submittedAt: z.string().nullable(),
        triageAt: z.string().describe('Het eerstvolgende triagemoment volgens het rooster (UTC)'),
        openRequests: z.number().int(),
        answeredRequests: z.number().int(),
        overdueRequests: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'NextTriage' });
