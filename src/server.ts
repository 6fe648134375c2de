/**
 * Composition root: settings → database → migrations → (demo) seed → app → listen.
 * Used by `ketenhuis serve` and by the end-to-end tests.
 */
import { fileURLToPath } from 'node:url';
import { healthRoutes } from './modules/health/routes.js';
import { importHouseConfig, isHouseLoaded } from './modules/house/load-config.js';
import { apiModules } from './modules/index.js';
import type { Settings } from './platform/config/env.js';
import type { HouseConfig } from './platform/config/house-config.js';
import { defaultHouseConfigPath, loadHouseConfig } from './platform/config/load-house-config.js';
import { type Db, openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { type AppDeps, buildApp } from './platform/http/app.js';

/** dist/web beside the compiled server (dist/server.js) and beside the sources (src/server.ts) alike. */
export const defaultWebDir = () => fileURLToPath(new URL('../dist/web', import.meta.url));

export function houseConfigFor(settings: Settings): HouseConfig {
  return loadHouseConfig(settings.KETENHUIS_HOUSE_CONFIG ?? defaultHouseConfigPath());
}

export async function createApp(deps: AppDeps) {
  const app = await buildApp(deps, apiModules);
  await app.register(async (scope) => healthRoutes(scope, deps));
  return app;
}

/** Loads the house configuration into an empty database. Returns true when it did. */
export async function seedIfEmpty(db: Db, house: HouseConfig): Promise<boolean> {
  if (await isHouseLoaded(db.kysely)) return false;
  await importHouseConfig(db.kysely, house);
  return true;
}

export interface Started {
  url: string;
  close(): Promise<void>;
}

export async function serve(settings: Settings, log: (line: string) => void = console.log): Promise<Started> {
  const house = houseConfigFor(settings);
  const db = openDatabase({ url: settings.DATABASE_URL, poolSize: settings.DATABASE_POOL_SIZE });
  try {
    const ran = await migrateToLatest(db);
    if (ran.length) log(`Migraties uitgevoerd: ${ran.join(', ')}`);
    if (await seedIfEmpty(db, house)) log(`Huisconfiguratie geladen: ${house.house.name}`);
    if (settings.KETENHUIS_MODE === 'production' && db.dialect === 'sqlite') {
      log('Let op: productie op SQLite is voor één server; gebruik PostgreSQL voor meerdere servers.');
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  const app = await createApp({ db, settings, house, webDir: settings.KETENHUIS_WEB_DIR ?? defaultWebDir() });
  await app.listen({ host: settings.HOST, port: settings.PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.PORT;
  const shownHost = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(settings.HOST)
    ? 'localhost'
    : settings.HOST;
  const url = `http://${shownHost}:${port}`;
  return {
    url,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
