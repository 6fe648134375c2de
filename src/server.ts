/**
 * Composition root: settings → database → migrations → (demo) seed → app → listen.
 * Used by `ketenhuis serve` and by the end-to-end tests.
 */
import { fileURLToPath } from 'node:url';
import { removeCaseRows } from './modules/cases/index.js';
import { seedDemoCases } from './modules/demo/index.js';
import { healthRoutes } from './modules/health/routes.js';
import { fillPartyRegimes, importHouseConfig, isHouseLoaded } from './modules/house/load-config.js';
import {
  cookiePolicy,
  countDemoUsers,
  seedDemoUsers,
  sessionAuthenticator,
} from './modules/identity/index.js';
import { apiModules } from './modules/index.js';
import { subjectRequestRetention } from './modules/information/subject-requests/index.js';
import { scheduleMail } from './modules/notifications/smtp.js';
import { ConfigError, type Settings, shredLedgerPath } from './platform/config/env.js';
import type { HouseConfig } from './platform/config/house-config.js';
import { defaultHouseConfigPath, loadHouseConfig } from './platform/config/load-house-config.js';
import { loadRootKey } from './platform/crypto/keyring.js';
import { loadMasterKey } from './platform/crypto/master-key.js';
import { type Db, openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { type AppDeps, buildApp } from './platform/http/app.js';
import type { RetentionOptions } from './platform/retention/engine.js';
import { scheduleRetention } from './platform/retention/schedule.js';

/** dist/web beside the compiled server (dist/server.js) and beside the sources (src/server.ts) alike. */
export const defaultWebDir = () => fileURLToPath(new URL('../dist/web', import.meta.url));

export function houseConfigFor(settings: Settings): HouseConfig {
  return loadHouseConfig(settings.KETENHUIS_HOUSE_CONFIG ?? defaultHouseConfigPath());
}

/** The app with the identity module's session authenticator, unless the caller brings another. */
export async function createApp(deps: AppDeps) {
  const authenticate =
    deps.authenticate ?? sessionAuthenticator(deps.db, deps.settings, cookiePolicy(deps.settings));
  const app = await buildApp({ ...deps, authenticate }, apiModules);
  await app.register(async (scope) => healthRoutes(scope, deps));
  return app;
}

/**
 * Loads the house configuration into an empty database. Returns true when it did. In a database
 * loaded before, it fills only what a later migration added without a value (fillPartyRegimes).
 */
export async function seedIfEmpty(db: Db, house: HouseConfig): Promise<boolean> {
  if (await isHouseLoaded(db.kysely)) {
    await fillPartyRegimes(db.kysely, house);
    return false;
  }
  await importHouseConfig(db.kysely, house);
  return true;
}

/** What the retention engine needs from this installation. */
export async function retentionOptions(db: Db, settings: Settings): Promise<RetentionOptions> {
  const house = await db.kysely.selectFrom('house').select('uri_base').executeTakeFirstOrThrow();
  return {
    ledgerPath: shredLedgerPath(settings),
    removalActivityUri: `${house.uri_base}:verwerking:verwijdering`,
    // Each domain module with dossier rows deletes them here, inside the removal transaction.
    removers: [removeCaseRows],
    // Records that are not dossiers, each with its own period (AVG Art. 5.1e).
    recordRules: [subjectRequestRetention(settings.SUBJECT_REQUEST_RETENTION_MONTHS)],
  };
}

export interface Started {
  url: string;
  close(): Promise<void>;
}

export async function serve(settings: Settings, log: (line: string) => void = console.log): Promise<Started> {
  const house = houseConfigFor(settings);
  const masterKey = loadMasterKey(settings, log);
  const db = openDatabase({ url: settings.DATABASE_URL, poolSize: settings.DATABASE_POOL_SIZE });
  try {
    const ran = await migrateToLatest(db);
    if (ran.length) log(`Migraties uitgevoerd: ${ran.join(', ')}`);
    if (await seedIfEmpty(db, house)) log(`Huisconfiguratie geladen: ${house.house.name}`);
    if (settings.KETENHUIS_MODE === 'demo') {
      const seeded = await seedDemoUsers(db.kysely);
      if (seeded) log(`Demogebruikers aangemaakt: ${seeded}`);
    } else if ((await countDemoUsers(db.kysely)) > 0) {
      throw new ConfigError(
        'KETENHUIS_MODE: productie start niet zolang er demogebruikers in de database staan; verwijder ze of gebruik een nieuwe database',
        ['KETENHUIS_MODE'],
      );
    }
    if (settings.KETENHUIS_MODE === 'production' && db.dialect === 'sqlite') {
      log('Let op: productie op SQLite is voor één server; gebruik PostgreSQL voor meerdere servers.');
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  let rootKey: Buffer;
  try {
    rootKey = await loadRootKey(db.kysely, masterKey);
    if (settings.KETENHUIS_MODE === 'demo') {
      const cases = await seedDemoCases({ db, masterKey, rootKey });
      if (cases.seeded) log(`Democasussen aangemaakt: ${cases.seeded}`);
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  const app = await createApp({
    db,
    settings,
    house,
    masterKey,
    rootKey,
    webDir: settings.KETENHUIS_WEB_DIR ?? defaultWebDir(),
  });
  await app.listen({ host: settings.HOST, port: settings.PORT });
  const stopRetention = scheduleRetention(
    db.kysely,
    settings.RETENTION_INTERVAL_MINUTES,
    () => retentionOptions(db, settings),
    app.log,
  );
  // Notification e-mail (optional SMTP): drains the outbox that notify() fills in each write.
  const stopMail = scheduleMail(db.kysely, settings, app.log);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.PORT;
  const shownHost = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(settings.HOST)
    ? 'localhost'
    : settings.HOST;
  const url = `http://${shownHost}:${port}`;
  return {
    url,
    close: async () => {
      stopRetention();
      stopMail();
      await app.close();
      await db.close();
    },
  };
}
