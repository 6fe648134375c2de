/**
 * The OpenAPI 3.1 document, generated from the zod schemas of the routes, made to follow the NL
 * API Design Rules: every 2xx/3xx response declares the API-Version header, and every operation
 * lists its error responses as application/problem+json.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, problemCodes, problemSchema } from './problem.js';

export const API_VERSION = '1.0.0';

const problemJsonSchema = z.toJSONSchema(problemSchema, { target: 'draft-2020-12' });
delete (problemJsonSchema as Record<string, unknown>).$schema;

const errorStatuses = (method: string, hasBody: boolean, updatable: boolean) => {
  const s = ['400', '401', '404', '406', '429', '500', '503'];
  if (hasBody) s.push('413', '415');
  if (updatable) s.push('409', '412', '428');
  if (method !== 'get') s.push('403');
  return s.sort();
};

type Json = Record<string, unknown>;

/** Post-processes the generated document so it passes the NL API Design Rules linter. */
export function conformToNlApiRules(doc: Json): Json {
  const components = (doc.components ?? {}) as Json;
  doc.components = components;
  const schemas = (components.schemas ?? {}) as Json;
  components.schemas = schemas;
  // The generator marks component schemas with $schema and a fragment $id, which OpenAPI 3.1
  // linters refuse; the component's place in the document already names it.
  for (const schema of Object.values(schemas) as Json[]) {
    delete schema.$schema;
    delete schema.$id;
  }
  schemas.Problem = problemJsonSchema;
  // Drop schemas nothing refers to (the generator also emits request variants that no operation
  // uses), so the document lists what the API really speaks.
  const used = JSON.stringify(doc.paths ?? {});
  const referenced = new Set([...used.matchAll(/#\/components\/schemas\/([A-Za-z0-9_]+)/g)].map((m) => m[1]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of [...referenced]) {
      for (const m of JSON.stringify(schemas[name as string] ?? {}).matchAll(
        /#\/components\/schemas\/([A-Za-z0-9_]+)/g,
      )) {
        if (!referenced.has(m[1])) {
          referenced.add(m[1]);
          grew = true;
        }
      }
    }
  }
  for (const name of Object.keys(schemas))
    if (name !== 'Problem' && !referenced.has(name)) delete schemas[name];
  const headers = (components.headers ?? {}) as Json;
  components.headers = headers;
  headers['API-Version'] = {
    description: 'De volledige versie van de API (semver).',
    schema: { type: 'string', example: API_VERSION },
  };
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (typeof op !== 'object' || op === null || !('responses' in op)) continue;
      const responses = (op.responses ?? {}) as Record<string, Json>;
      op.responses = responses;
      for (const [status, response] of Object.entries(responses)) {
        if (/^[23]/.test(status)) {
          response.headers = {
            ...((response.headers as Json) ?? {}),
            'API-Version': { $ref: '#/components/headers/API-Version' },
          };
        }
      }
      const hasBody = 'requestBody' in op;
      const updatable = method === 'patch' || method === 'put';
      for (const status of errorStatuses(method, hasBody, updatable)) {
        const known = Object.values(problemCodes).find((c) => String(c.status) === status);
        responses[status] = {
          description: known?.title ?? 'Fout',
          content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
      if (!op.description && typeof op.summary === 'string') op.description = op.summary;
      if (!op.operationId)
        op.operationId = `${method}${path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`;
    }
  }
  return doc;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ketenhuis API',
        description:
          'API van Ketenhuis, het casus- en samenwerkingssysteem van een Zorg- en Veiligheidshuis. Fouten volgen RFC 9457 (application/problem+json).',
        version: API_VERSION,
        contact: {
          name: 'Ketenhuis-beheer',
          email: 'beheer@ketenhuis.example',
          url: 'https://ketenhuis.example/contact',
        },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: '/api/v1', description: 'Deze installatie' }],
      tags: [
        { name: 'huis', description: 'Het Zorg- en Veiligheidshuis en zijn configuratie' },
        { name: 'partijen', description: 'Partijen van het convenant' },
        { name: 'sessie', description: 'Inloggen, tweede factor, uitloggen en herbevestigen' },
        { name: 'mijn account', description: 'Het eigen account: wachtwoord, tweede factor, sessies' },
        { name: 'gebruikers', description: 'Accountbeheer door functioneel beheer' },
        { name: 'verwerkingslogboek', description: 'Het logboek dataverwerkingen' },
        {
          name: 'casussen',
          description:
            'De casusstroom: aanmelding, beoordeling, triage, casusoverleg, uitvoering, afschaling en zoeken',
        },
        { name: 'mijn taken', description: 'Het werkoverzicht per rol (Mijn taken)' },
        { name: 'meldingen', description: 'Meldingen in de app en de keuze voor e-mail' },
        {
          name: 'informatie',
          description: 'Informatie-items in een casus onder de voorwaarden van de verstrekker',
        },
        {
          name: 'verstrekkingen',
          description: 'Verstrekking aan derden met toestemming van de verstrekker (Art. 9.2)',
        },
        {
          name: 'verzoeken-betrokkenen',
          description: 'Verzoeken van betrokkenen via het centrale contactpunt (Wgs)',
        },
        {
          name: 'bestuur',
          description: 'Stuurgroep, Partneroverleg, jaarvergadering, besluiten, mandaten, jaarplan',
        },
        {
          name: 'lidmaatschap convenant',
          description: 'Toetreding, wijziging, uittreding, uitsluiting, looptijd, geschillen, communicatie',
        },
      ],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      return { ...out, url: out.url.replace(/^\/api\/v1/, '') };
    },
    transformObject: (input) => conformToNlApiRules(jsonSchemaTransformObject(input) as Json) as never,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null, deepLinking: false },
    staticCSP: true,
    // Tighten the plugin's CSP: no framing, no styles or fonts from elsewhere.
    transformStaticCSP: (header) =>
      header
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replaceAll(' https:', '')
        .replace(' validator.swagger.io', '')
        .replace(' upgrade-insecure-requests;', '')
        // swagger-ui-bundle inserts one inline <style>; allow exactly that one by its hash.
        .replace(
          "style-src 'self'",
          "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='",
        ),
    transformSpecification: (spec) => spec,
  });
}
