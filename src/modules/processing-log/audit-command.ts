/**
 * `ketenhuis audit verify [--checkpoint file] [--public-key key]` and `ketenhuis audit checkpoint
 * [--out file]`. The work is in auditVerify/auditCheckpoint (testable, return their output); the
 * commander wiring only prints and sets the exit code: 0 intact, 3 broken.
 */
import type { KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { Settings } from '../../platform/config/env.js';
import { loadRootKey } from '../../platform/crypto/keyring.js';
import { loadMasterKey } from '../../platform/crypto/master-key.js';
import { openDatabase } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import {
  type Checkpoint,
  checkpointProblem,
  checkpointSigningKey,
  createCheckpoint,
  parseCheckpoint,
  parsePublicKey,
  publicKeyBase64,
  verifyChain,
} from '../../platform/processing-log/index.js';

export const EXIT_BROKEN = 3;

export interface AuditOutput {
  exitCode: 0 | typeof EXIT_BROKEN;
  lines: string[];
}

export interface VerifyCommandOptions {
  checkpoint?: Checkpoint;
  /** The key to check the checkpoint's signature with (default: the configured signing key's). */
  publicKey?: KeyObject;
  batchSize?: number;
  onProgress?: (checked: number) => void;
}

/** Recomputes the whole chain and, with a checkpoint, proves the log still holds its entry. */
export async function auditVerify(db: Kysely<Database>, opts: VerifyCommandOptions): Promise<AuditOutput> {
  const result = await verifyChain(db, { batchSize: opts.batchSize, onProgress: opts.onProgress });
  if (!result.ok) {
    const b = result.broken;
    return {
      exitCode: EXIT_BROKEN,
      lines: [
        `GEBROKEN bij seq ${b.seq}${b.id ? ` (id ${b.id})` : ''}: ${b.reason} — ${b.detail}`,
        `${result.count} regels ervoor zijn intact.`,
      ],
    };
  }
  const lines = [
    `OK: ${result.count} regels, keten intact tot en met seq ${result.head.seq} (hash ${result.head.hash}).`,
  ];
  if (opts.checkpoint) {
    if (!opts.publicKey) throw new Error('geen sleutel om het checkpoint mee te controleren');
    const problem = await checkpointProblem(db, opts.checkpoint, opts.publicKey);
    if (problem) return { exitCode: EXIT_BROKEN, lines: [...lines, `CHECKPOINT KLOPT NIET: ${problem}`] };
    lines.push(
      `Checkpoint van ${opts.checkpoint.at} klopt: handtekening geldig, seq ${opts.checkpoint.seq} staat er nog met dezelfde hash.`,
    );
  }
  return { exitCode: 0, lines };
}

export async function auditCheckpoint(db: Kysely<Database>, key: KeyObject) {
  const checkpoint = await createCheckpoint(db, key);
  return { checkpoint, json: `${JSON.stringify(checkpoint, null, 2)}\n`, publicKey: publicKeyBase64(key) };
}

/** The configured signing key, or the one derived from the root key (stable across master-key rotation). */
async function signingKeyFor(settings: Settings): Promise<KeyObject> {
  if (settings.KETENHUIS_LOG_SIGNING_KEY)
    return checkpointSigningKey(settings.KETENHUIS_LOG_SIGNING_KEY, Buffer.alloc(0));
  const master = loadMasterKey(settings, console.error);
  const root = await withDb(settings, (db) => loadRootKey(db, master));
  return checkpointSigningKey(undefined, root);
}

async function withDb<T>(settings: Settings, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const db = openDatabase({ url: settings.DATABASE_URL, poolSize: 2 });
  try {
    return await fn(db.kysely);
  } finally {
    await db.close();
  }
}

export function registerAuditCommands(program: Command, settingsOf: () => Settings): void {
  const audit = program.command('audit').description('Verwerkingslogboek: controleren en checkpoints');

  audit
    .command('verify')
    .description('Herbereken de hele hashketen; meldt OK of de eerste gebroken regel (exitcode 0 of 3)')
    .option('--checkpoint <file>', 'controleer ook dit ondertekende checkpoint')
    .option('--public-key <key>', 'publieke sleutel voor het checkpoint (base64 of PEM); standaard de eigen')
    .option('--batch-size <n>', 'regels per leesronde', '10000')
    .action(async (opts: { checkpoint?: string; publicKey?: string; batchSize: string }) => {
      const settings = settingsOf();
      const checkpoint = opts.checkpoint ? parseCheckpoint(readFileSync(opts.checkpoint, 'utf8')) : undefined;
      const publicKey = opts.publicKey
        ? parsePublicKey(opts.publicKey)
        : checkpoint
          ? await signingKeyFor(settings)
          : undefined;
      const out = await withDb(settings, (db) =>
        auditVerify(db, {
          checkpoint,
          publicKey,
          batchSize: Math.max(1, Number.parseInt(opts.batchSize, 10) || 10_000),
          onProgress: (n) => {
            if (n % 1_000_000 === 0 && n > 0) console.error(`… ${n} regels gecontroleerd`);
          },
        }),
      );
      for (const line of out.lines) (out.exitCode === 0 ? console.log : console.error)(line);
      process.exitCode = out.exitCode;
    });

  audit
    .command('checkpoint')
    .description('Onderteken de huidige kop van het logboek (Ed25519) en bewaar het checkpoint elders')
    .option('--out <file>', 'schrijf het checkpoint naar dit bestand in plaats van naar stdout')
    .action(async (opts: { out?: string }) => {
      const settings = settingsOf();
      const key = await signingKeyFor(settings);
      const { checkpoint, json, publicKey } = await withDb(settings, (db) => auditCheckpoint(db, key));
      if (opts.out) {
        writeFileSync(opts.out, json, { flag: 'wx' });
        console.log(
          `Checkpoint geschreven naar ${opts.out}: seq ${checkpoint.seq}, hash ${checkpoint.hash}.`,
        );
        console.log(`Publieke sleutel (Ed25519, SPKI, base64): ${publicKey}`);
      } else {
        process.stdout.write(json);
        console.error(`Publieke sleutel (Ed25519, SPKI, base64): ${publicKey}`);
      }
    });
}
