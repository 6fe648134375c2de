/**
 * Builds the Fastify application: security headers, request ids, the API-Version header, error
 * mapping, the OpenAPI document, the modules' routes, and the web app. No port is opened here, so
 * tests drive it in-process with `inject`.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import { type Authenticator, nobody } from '../auth/principal.js';
import type { Settings } from '../config/env.js';
import type { HouseConfig } from '../config/house-config.js';
import type { Db } from '../db/database.js';
import { newId, UUID_PATTERN } from '../ids.js';
import { loggerOptions } from '../logging/logger.js';
import { checkCsrf } from './csrf.js';
import '../validation-locale.js';
import { registerErrorHandling, sendProblem } from './error-handler.js';
import { API_VERSION, registerOpenApi } from './openapi.js';

export type App = FastifyInstance;
export type ZodApp = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

export interface AppDeps {
  db: Db;
  settings: Settings;
  house: HouseConfig;
  /** Serve the built web app from here; absent in API-only tests. */
  webDir?: string;
  /** Who is calling: the identity module's session authenticator. */
  authenticate?: Authenticator;
  /** The master key from the environment: it only wraps keys (case keys, the root key). */
  masterKey: Buffer;
  /** The stable root key (unwrapped at start-up); modules derive their purpose keys from it. */
  rootKey: Buffer;
  /** Where log lines go (tests capture them). */
  logStream?: DestinationStream;
}

export interface Module {
  name: string;
  /** Registers the module's routes under /api/v1. */
  routes: (app: FastifyInstance, deps: AppDeps) => void | Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export async function buildApp(deps: AppDeps, modules: Module[]): Promise<FastifyInstance> {
  const { settings } = deps;
  const options = loggerOptions(settings.LOG_LEVEL);
  const app = Fastify({
    logger: deps.logStream ? { ...options, stream: deps.logStream } : options,
    bodyLimit: settings.BODY_LIMIT,
    trustProxy: settings.TRUST_PROXY,
    // Honour a well-formed X-Request-Id from a trusted hop; otherwise make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : newId();
    },
    return503OnClosing: true,
    // Router-level mistakes (bad URL encoding, over-long parameters) become problems too.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      return sendProblem(
        reply,
        tooLong ? 'uri-too-long' : 'malformed-request',
        tooLong ? 'Een deel van de URL is te lang.' : 'De URL is ongeldig.',
      );
    },
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  const secureCookies = settings.PUBLIC_URL?.startsWith('https://') ?? false;
  // Security headers, built once: the Fastify plugin for helmet built the middleware (and parsed
  // the CSP) anew on every request, 3 % of a case read (docs/benchmarks.md).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: { maxAge: 63072000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined)),
  );

  app.decorateRequest('principal', null);
  app.decorateRequest('auth', null as never);
  const authenticate = deps.authenticate ?? nobody;
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    reply.header('API-Version', API_VERSION);
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    const path = request.url.split('?')[0] ?? '';
    // NL API Design Rules: no trailing slashes; /api/v1/parties/ is not /api/v1/parties.
    if (path.startsWith('/api/') && path.endsWith('/') && !path.startsWith('/api/docs')) {
      return sendProblem(reply, 'not-found', 'Deze URL bestaat niet.');
    }
    request.auth = await authenticate(request);
    request.principal = request.auth.principal;
    const csrfProblem = checkCsrf(request);
    if (csrfProblem) return sendProblem(reply, 'csrf', csrfProblem);
    const access = request.routeOptions.config.access;
    if (request.url.startsWith('/api/v1/') && access === 'authenticated' && request.principal === null) {
      return sendProblem(reply, 'unauthenticated', 'Log in om dit te doen.');
    }
    const restricted = request.auth.restrictedTo;
    if (restricted && access === 'authenticated' && path !== restricted.path) {
      return sendProblem(reply, 'password-change-required', restricted.detail);
    }
  });

  // Deny by default: an API route that does not say who may reach it is a start-up error.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/') && route.url !== '/api/v1/openapi.json' && !route.config?.access) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    }
  });

  await registerOpenApi(app);
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );

  for (const module of modules) {
    await app.register(async (scope) => module.routes(scope, deps), { prefix: '/api/v1' });
  }

  const webDir = deps.webDir;
  const hasWeb = webDir !== undefined && existsSync(`${webDir}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // Hashed asset names may be cached for ever; index.html must be revalidated.
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api/') || path.startsWith('/health/');
    // Client-side routes of the single-page app get its index.html.
    if (
      hasWeb &&
      !isApi &&
      request.method === 'GET' &&
      (request.headers.accept ?? '').includes('text/html')
    ) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(reply, 'not-found', 'Deze URL bestaat niet.');
  });

  return app;
}

export { UUID_PATTERN };
