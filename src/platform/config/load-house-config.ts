/**
 * Reads a house configuration file (YAML; JSON is YAML too) and validates it against
 * houseConfigSchema. A bad file stops start-up with a message that names the file and every
 * failing key path, e.g. `parties.3.domain: ...`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type HouseConfig, houseConfigSchema } from './house-config.js';

export class HouseConfigError extends Error {
  constructor(
    message: string,
    /** The file that was read. */
    readonly file: string,
    /** The failing key paths, e.g. `parties.3.domain`; empty when the file could not be read or parsed. */
    readonly keys: string[] = [],
  ) {
    super(message);
    this.name = 'HouseConfigError';
  }
}

function keyPath(issue: z.core.$ZodIssue): string {
  return issue.path.length ? issue.path.map(String).join('.') : '(hoofdniveau)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const base = issue.path.length ? `${keyPath(issue)}.` : '';
    return issue.keys.map((k) => `${base}${k}: onbekende sleutel`).join('\n  ');
  }
  return `${keyPath(issue)}: ${issue.message}`;
}

export function loadHouseConfig(path: string): HouseConfig {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HouseConfigError(
      `Huisconfiguratie ${file}: kan het bestand niet lezen (${(err as Error).message})`,
      file,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new HouseConfigError(
      `Huisconfiguratie ${file}: geen geldige YAML (${(err as Error).message})`,
      file,
    );
  }
  const parsed = houseConfigSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const keys = issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((k) => (i.path.length ? `${keyPath(i)}.${k}` : k))
        : [keyPath(i)],
    );
    throw new HouseConfigError(
      `Ongeldige huisconfiguratie ${file}:\n  ${issues.map(describeIssue).join('\n  ')}`,
      file,
      keys,
    );
  }
  return parsed.data;
}

/** The package root: the nearest directory above this module that contains package.json. */
function packageRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; ) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`geen package.json gevonden boven ${start}`);
    dir = parent;
  }
}

/** config/houses/haaglanden.yaml in the package, from src/ and dist/ alike. */
export function defaultHouseConfigPath(): string {
  return join(packageRoot(), 'config', 'houses', 'haaglanden.yaml');
}
