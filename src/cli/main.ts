/**
 * The `ketenhuis` command line: serve, migrate, seed, config check, openapi, audit. Every command has
 * --help. Errors print one clear line and exit non-zero; they never print secrets.
 */
import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import { seedDemoCases } from '../modules/demo/index.js';
import { importHouseConfig, isHouseLoaded } from '../modules/house/load-config.js';
import { demoLoginLines, seedDemoUsers } from '../modules/identity/index.js';
import { generateTemporaryPassword } from '../modules/identity/rules/temporary-password.js';
import { createUser } from '../modules/identity/user-commands.js';
import { registerAuditCommands } from '../modules/processing-log/audit-command.js';
import {
  ConfigError,
  isPostgresUrl,
  loadSettings,
  type Settings,
  shredLedgerPath,
} from '../platform/config/env.js';
import { HouseConfigError } from '../platform/config/load-house-config.js';
import { rewrapAll } from '../platform/crypto/case-keys.js';
import { loadRootKey } from '../platform/crypto/keyring.js';
import { loadMasterKey } from '../platform/crypto/master-key.js';
import {
  readItemLedger,
  readLedger,
  reapplyItemShreds,
  reapplyShreds,
} from '../platform/crypto/shred-ledger.js';
import { backupSqlite, restoreSqlite } from '../platform/db/backup.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateDown, migrateToLatest, pendingMigrations } from '../platform/db/migrate.js';
import { runRetention } from '../platform/retention/engine.js';
import { createApp, houseConfigFor, retentionOptions, serve } from '../server.js';

function settingsOrExit(): Settings {
  return loadSettings(process.env);
}

async function withDb<T>(
  settings: Settings,
  fn: (db: ReturnType<typeof openDatabase>) => Promise<T>,
): Promise<T> {
  const db = openDatabase({ url: settings.DATABASE_URL, poolSize: 2 });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export function buildCli(): Command {
  const program = new Command('ketenhuis')
    .description('Ketenhuis — casus- en samenwerkingssysteem voor een Zorg- en Veiligheidshuis')
    .showHelpAfterError();

  program
    .command('serve')
    .description(
      'Start de server: migreert, laadt de huisconfiguratie in een lege database en serveert UI en API',
    )
    .action(async () => {
      const settings = settingsOrExit();
      const started = await serve(settings);
      console.log(`\nKetenhuis draait op ${started.url}  (modus: ${settings.KETENHUIS_MODE})`);
      console.log(`API-documentatie: ${started.url}/api/docs`);
      if (settings.KETENHUIS_MODE === 'demo') console.log(demoLoginLines().join('\n'));
      const stop = async () => {
        await started.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description(
      'Breng het databaseschema naar de nieuwste versie (met een slot tegen gelijktijdig migreren)',
    )
    .option('--down', 'draai de laatste migratie terug')
    .option('--status', 'toon alleen de migraties die nog moeten draaien')
    .action(async (opts: { down?: boolean; status?: boolean }) => {
      const settings = settingsOrExit();
      await withDb(settings, async (db) => {
        if (opts.status) {
          const pending = await pendingMigrations(db);
          console.log(pending.length ? `Nog uit te voeren: ${pending.join(', ')}` : 'Schema is bij.');
          return;
        }
        const ran = opts.down ? await migrateDown(db) : await migrateToLatest(db);
        console.log(ran.length ? ran.join('\n') : 'Schema is al bij.');
      });
    });

  program
    .command('seed')
    .description('Laad de huisconfiguratie (en met --demo de demogegevens) in een lege database')
    .option('--demo', 'laad de Haaglanden-demo')
    .action(async (opts: { demo?: boolean }) => {
      const settings = settingsOrExit();
      const house = houseConfigFor(settings);
      await withDb(settings, async (db) => {
        await migrateToLatest(db);
        if (await isHouseLoaded(db.kysely)) {
          console.log('De database bevat al een huis; de huisconfiguratie is niet opnieuw geladen.');
        } else {
          await importHouseConfig(db.kysely, house);
          console.log(`Huisconfiguratie geladen: ${house.house.name} (${house.parties.length} partijen).`);
        }
        if (opts.demo) {
          if (settings.KETENHUIS_MODE !== 'demo')
            throw new Error('seed --demo kan alleen in demomodus (KETENHUIS_MODE=demo)');
          const n = await seedDemoUsers(db.kysely);
          console.log(
            n ? `Demogebruikers aangemaakt: ${n}` : 'Er zijn al gebruikers; geen demogebruikers aangemaakt.',
          );
          const masterKey = loadMasterKey(settings);
          const cases = await seedDemoCases({
            db,
            masterKey,
            rootKey: await loadRootKey(db.kysely, masterKey),
          });
          console.log(
            cases.seeded
              ? `Democasussen aangemaakt: ${cases.seeded} (fasen: ${cases.phases.join(', ')})`
              : 'Er zijn al democasussen; geen nieuwe aangemaakt.',
          );
        }
      });
    });

  const config = program.command('config').description('Configuratie');
  config
    .command('check')
    .description('Controleer de instellingen en de huisconfiguratie zonder te starten')
    .action(() => {
      const settings = settingsOrExit();
      const house = houseConfigFor(settings);
      console.log(
        `Configuratie in orde: ${house.house.name}, ${house.parties.length} partijen, ${house.privacyProtocols.length} privacyprotocollen, database ${settings.DATABASE_URL.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}.`,
      );
    });

  program
    .command('backup')
    .description(
      'Maak een back-up van de SQLite-database terwijl de server draait (PostgreSQL: pg_dump, zie docs/privacy.md)',
    )
    .requiredOption('--out <bestand>', 'het nieuwe back-upbestand')
    .action(async (opts: { out: string }) => {
      const settings = settingsOrExit();
      if (isPostgresUrl(settings.DATABASE_URL)) {
        throw new Error(
          'PostgreSQL: gebruik pg_dump -Fc (zie docs/privacy.md, "Back-ups"); bewaar het schreddenlogboek apart.',
        );
      }
      await backupSqlite(settings.DATABASE_URL, opts.out);
      console.log(
        `Back-up geschreven naar ${opts.out}. Het schreddenlogboek (${shredLedgerPath(settings)}) hoort er niet bij: bewaar het apart.`,
      );
    });

  program
    .command('restore')
    .description(
      'Zet een back-up terug (server gestopt) en vernietig opnieuw de sleutels van alle sindsdien geschredde casussen en informatie-items',
    )
    .option('--from <bestand>', 'het back-upbestand (SQLite)')
    .option('--reapply-shreds', 'alleen het schreddenlogboek opnieuw toepassen (na pg_restore op PostgreSQL)')
    .action(async (opts: { from?: string; reapplyShreds?: boolean }) => {
      const settings = settingsOrExit();
      const ledger = shredLedgerPath(settings);
      if (opts.reapplyShreds) {
        await withDb(settings, async (db) => {
          const n = await reapplyShreds(db.kysely, readLedger(ledger));
          const items = await reapplyItemShreds(db.kysely, readItemLedger(ledger));
          console.log(`Opnieuw geschredde casussen: ${n}; informatie-items: ${items}.`);
        });
        return;
      }
      if (!opts.from) throw new Error('geef --from <bestand> (of --reapply-shreds na pg_restore)');
      if (isPostgresUrl(settings.DATABASE_URL))
        throw new Error('PostgreSQL: gebruik pg_restore en daarna ketenhuis restore --reapply-shreds');
      const { reshredded, reshreddedItems } = await restoreSqlite(opts.from, settings.DATABASE_URL, ledger);
      console.log(
        `Back-up teruggezet; opnieuw geschredde casussen: ${reshredded}; informatie-items: ${reshreddedItems}.`,
      );
    });

  const users = program.command('users').description('Accounts');
  users
    .command('create-admin')
    .description(
      'Maak het eerste account voor functioneel beheer (met een tijdelijk wachtwoord dat eenmalig wordt getoond)',
    )
    .requiredOption('--email <adres>', 'e-mailadres')
    .requiredOption('--name <naam>', 'weergavenaam')
    .option('--force', 'ook als er al een actief beheeraccount is')
    .action(async (opts: { email: string; name: string; force?: boolean }) => {
      const settings = settingsOrExit();
      await withDb(settings, async (db) => {
        await migrateToLatest(db);
        const existing = await db.kysely
          .selectFrom('users')
          .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
          .select('users.id')
          .where('user_roles.role', '=', 'functioneel_beheer')
          .where('users.status', '=', 'active')
          .executeTakeFirst();
        if (existing && !opts.force)
          throw new Error('er is al een actief beheeraccount; gebruik --force voor nog een');
        const temporary = generateTemporaryPassword();
        await createUser(
          db.kysely,
          {
            email: opts.email.trim().toLowerCase(),
            displayName: opts.name,
            partyId: null,
            roles: ['functioneel_beheer'],
            initialPassword: temporary,
          },
          { temporaryPassword: true },
        );
        console.log(
          `Beheeraccount ${opts.email} aangemaakt. Tijdelijk wachtwoord (eenmalig getoond): ${temporary}`,
        );
        console.log(
          'Bij de eerste keer inloggen stelt de beheerder tweestapsverificatie in en kiest een eigen wachtwoord.',
        );
      });
    });

  const retention = program.command('retention').description('Bewaartermijnen');
  retention
    .command('run')
    .description(
      'Verwijder gesloten dossiers en afgehandelde verzoeken van betrokkenen waarvan de bewaartermijn voorbij is (sleutel vernietigen, rijen wissen, loggen)',
    )
    .option('--dry-run', 'toon alleen welke dossiers aan de beurt zijn')
    .action(async (opts: { dryRun?: boolean }) => {
      const settings = settingsOrExit();
      await withDb(settings, async (db) => {
        await migrateToLatest(db);
        const report = await runRetention(db.kysely, {
          ...(await retentionOptions(db, settings)),
          dryRun: opts.dryRun === true,
        });
        for (const d of report.due)
          console.log(
            `${opts.dryRun ? 'aan de beurt' : 'verwijderd'}: ${d.id} (${d.protocolKey}, gesloten ${d.closedAt})`,
          );
        for (const r of report.records)
          console.log(
            `${opts.dryRun ? 'aan de beurt' : 'verwijderd'}: ${r.id} (${r.kind}, gesloten ${r.closedAt})`,
          );
        console.log(
          opts.dryRun
            ? `${report.due.length} dossiers en ${report.records.length} andere records aan de beurt; niets gewijzigd.`
            : `${report.removed} dossiers en ${report.recordsRemoved} andere records verwijderd.`,
        );
      });
    });

  const keys = program.command('keys').description('Sleutelbeheer');
  keys
    .command('rotate')
    .description(
      'Verpak alle sleutels opnieuw met een nieuwe hoofdsleutel; gegevens worden niet opnieuw versleuteld',
    )
    .requiredOption('--new-key-file <pad>', 'bestand met de nieuwe hoofdsleutel (32 bytes, base64)')
    .action(async (opts: { newKeyFile: string }) => {
      const settings = settingsOrExit();
      const oldMaster = loadMasterKey(settings);
      const newMaster = loadMasterKey({
        ...settings,
        KETENHUIS_MASTER_KEY: undefined,
        KETENHUIS_MASTER_KEY_FILE: opts.newKeyFile,
      });
      await withDb(settings, async (db) => {
        await migrateToLatest(db);
        const done = await rewrapAll(db.kysely, oldMaster, newMaster);
        console.log(`Opnieuw verpakt: ${done.caseKeys} casussleutels en ${done.systemKeys} systeemsleutels.`);
        console.log('Zet nu KETENHUIS_MASTER_KEY(_FILE) op de nieuwe sleutel en start de servers opnieuw.');
      });
    });

  program
    .command('openapi')
    .description('Schrijf het OpenAPI-document naar stdout (zonder database-verbinding te gebruiken)')
    .action(async () => {
      const settings = loadSettings({ ...process.env, DATABASE_URL: ':memory:', LOG_LEVEL: 'silent' });
      const house = houseConfigFor(settings);
      const db = openDatabase({ url: ':memory:' });
      const app = await createApp({
        db,
        settings,
        house,
        masterKey: randomBytes(32),
        rootKey: randomBytes(32),
      });
      await app.ready();
      process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
      await app.close();
      await db.close();
    });

  registerAuditCommands(program, settingsOrExit);

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof HouseConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    console.error(`ketenhuis: ${(err as Error).message}`);
    process.exit(1);
  }
}
