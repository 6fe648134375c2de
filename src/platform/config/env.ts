/**
 * Runtime settings: environment variables, optionally preceded by a config file
 * (KETENHUIS_CONFIG_FILE, YAML or JSON, same keys). Validated once at start-up; a bad value stops
 * start-up with a message that names the key.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isValidSigningKey } from '../processing-log/signing-key.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const settingsSchema = z.strictObject({
  KETENHUIS_MODE: z.enum(['demo', 'production']).default('demo'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** A postgres:// URL, or a SQLite file path (default ./data/ketenhuis.sqlite). */
  DATABASE_URL: z
    .string()
    .min(1)
    .default('./data/ketenhuis.sqlite')
    .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^postgres(ql)?:\/\//i.test(v), {
      message: 'verwacht een postgres://-URL of een pad naar een SQLite-bestand',
    }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  KETENHUIS_HOUSE_CONFIG: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Maximum request body in bytes. */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  /**
   * Maximum size of one attachment of an information item, in bytes (issue 6); larger → 413.
   * The upload route accepts a body of about 4/3 of this (base64) regardless of BODY_LIMIT.
   */
  INFORMATION_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  TRUST_PROXY: bool.default(false),
  /** Public base URL, used for links and to decide whether cookies need Secure. */
  PUBLIC_URL: z.url().optional(),
  /** Minutes without a request before a session ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Hours after login when a session ends regardless of activity. */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  /** Minutes a re-authentication stays valid for sensitive actions. */
  REAUTH_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
  /** 32 bytes, base64: the key from which all encryption keys are derived. */
  KETENHUIS_MASTER_KEY: z.string().min(1).optional(),
  KETENHUIS_MASTER_KEY_FILE: z.string().min(1).optional(),
  /**
   * Ed25519 key that signs processing-log checkpoints: PKCS8 PEM, or base64 (PKCS8 DER or a
   * 32-byte seed). Without it the key is derived from the root key (docs/privacy.md).
   */
  KETENHUIS_LOG_SIGNING_KEY: z
    .string()
    .min(1)
    .refine(isValidSigningKey, {
      message: 'verwacht een Ed25519-sleutel: PKCS8-PEM, of base64 van PKCS8-DER of van 32 bytes',
    })
    .optional(),
  /** Minutes between runs of the retention engine inside the server; 0 turns it off. */
  RETENTION_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(360),
  /** Append-only list of shredded cases, kept apart from database backups (default beside the database). */
  KETENHUIS_SHRED_LEDGER: z.string().min(1).optional(),
  /** Serve the built web app from this folder (default dist/web inside the package). */
  KETENHUIS_WEB_DIR: z.string().min(1).optional(),
  /** Optional e-mail of notifications (no personal data, only a link): the SMTP server. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The sender address, e.g. `Ketenhuis <noreply@zvh.example>`; required with SMTP_HOST. */
  SMTP_FROM: z.string().min(3).max(200).optional(),
  /** Seconds between passes of the e-mail dispatcher over the outbox. */
  SMTP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /**
   * Months a closed data-subject request (every controller decided, or nothing found) is kept
   * before the retention engine removes it (AVG Art. 5.1e); why 24: docs/privacy.md.
   */
  SUBJECT_REQUEST_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Settings that belong together (SMTP): checked once every key has its own valid value. */
const checkedSettingsSchema = settingsSchema.superRefine((s, ctx) => {
  const issue = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
  if (s.SMTP_HOST && !s.SMTP_FROM) issue('SMTP_FROM', 'verplicht wanneer SMTP_HOST is ingesteld');
  // The e-mail carries only a link to the app: it needs the app's public address.
  if (s.SMTP_HOST && !s.PUBLIC_URL)
    issue('PUBLIC_URL', 'verplicht wanneer SMTP_HOST is ingesteld (de link in de e-mail)');
  if (s.SMTP_FROM && !/^(?:[^<>@\s]+ )*<?[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>?$/.test(s.SMTP_FROM))
    issue('SMTP_FROM', 'verwacht een e-mailadres, eventueel met naam: Naam <adres@domein.nl>');
  if (Boolean(s.SMTP_USER) !== Boolean(s.SMTP_PASSWORD))
    issue(s.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER', 'SMTP_USER en SMTP_PASSWORD horen samen');
});

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly keys: string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Source = Record<string, string | undefined>;

function readConfigFile(path: string): Source {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (err) {
    throw new ConfigError(`KETENHUIS_CONFIG_FILE: kan ${path} niet lezen (${(err as Error).message})`, [
      'KETENHUIS_CONFIG_FILE',
    ]);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new ConfigError(
      `KETENHUIS_CONFIG_FILE: ${path} is geen geldige YAML/JSON (${(err as Error).message})`,
      ['KETENHUIS_CONFIG_FILE'],
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`KETENHUIS_CONFIG_FILE: ${path} moet sleutels en waarden bevatten`, [
      'KETENHUIS_CONFIG_FILE',
    ]);
  }
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === null ? undefined : String(v)]));
}

/**
 * Reads the settings. Environment variables win over the config file. Only keys this schema
 * knows are read from the environment; unknown keys in the config file are an error.
 */
export function loadSettings(env: Source = process.env): Settings {
  const fromFile = env.KETENHUIS_CONFIG_FILE ? readConfigFile(env.KETENHUIS_CONFIG_FILE) : {};
  const known = Object.keys(settingsSchema.shape);
  const fromEnv = Object.fromEntries(
    known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  const parsed = checkedSettingsSchema.safeParse({ ...fromFile, ...fromEnv });
  if (!parsed.success) {
    const keys = parsed.error.issues.map((i) => String(i.path[0] ?? '(onbekend)'));
    const lines = parsed.error.issues.map((i) => {
      const k = i.path.length ? i.path.join('.') : '(onbekend)';
      return i.code === 'unrecognized_keys'
        ? `${i.keys.join(', ')}: onbekende instelling in KETENHUIS_CONFIG_FILE`
        : `${k}: ${i.message}`;
    });
    const unknownKeys = parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
    throw new ConfigError(`Ongeldige configuratie:\n  ${lines.join('\n  ')}`, [...keys, ...unknownKeys]);
  }
  return parsed.data;
}

/** Where the shred ledger lives: configured, or ./data/shred-ledger.jsonl. */
export function shredLedgerPath(settings: Settings): string {
  return settings.KETENHUIS_SHRED_LEDGER ?? './data/shred-ledger.jsonl';
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
