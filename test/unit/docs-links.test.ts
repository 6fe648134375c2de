/**
 * The documentation names files as evidence (docs/covenant.md maps every covenant article to code
 * and tests; security.md and privacy.md cite files and test titles). This test keeps those
 * references from rotting: every repository path in backticks or in a relative Markdown link must
 * exist, globs (`test/integration/cases-*.test.ts`) must match at least one file, and a test title
 * cited as `test/….test.ts` › "title" must still occur in that file. Two tables are checked against
 * their source: the ASVS summary of security.md against its rows, and the README's configuration
 * table against the settings schema in src/platform/config/env.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const docs = [
  'README.md',
  'ARCHITECTURE.md',
  'e2e/README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Folders a checked path may start with; anything else in backticks is not a repository path. */
const roots = ['src/', 'test/', 'web/', 'e2e/', 'docs/', 'config/', 'bin/', 'standards/', '.ci/'];

/** The short prefixes docs/covenant.md declares in its introduction (checked below). */
const covenantAbbreviations: Record<string, string> = {
  'gov/': 'src/modules/governance/',
  'gm/': 'src/modules/governance/membership/',
  'cases/': 'src/modules/cases/',
  'information/': 'src/modules/information/',
};

/** Does a path (possibly with `*` inside segments, possibly ending in `/`) match something? */
function matches(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  let current = [root];
  for (const segment of segments) {
    const next: string[] = [];
    for (const dir of current) {
      if (!segment.includes('*')) {
        const candidate = join(dir, segment);
        if (existsSync(candidate)) next.push(candidate);
        continue;
      }
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      const pattern = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      for (const name of readdirSync(dir)) if (pattern.test(name)) next.push(join(dir, name));
    }
    current = next;
    if (current.length === 0) return false;
  }
  return true;
}

interface Reference {
  doc: string;
  cited: string;
  path: string;
}

/** Repository paths a document cites: backticked spans and relative Markdown links. */
function referencesIn(doc: string): Reference[] {
  const text = readFileSync(join(root, doc), 'utf8');
  const refs: Reference[] = [];
  for (const [, span] of text.matchAll(/`([^`\s]+)`/g)) {
    const cited = (span ?? '').replace(/[.,;:)]+$/, '');
    let path: string | null = null;
    if (roots.some((r) => cited.startsWith(r))) path = cited;
    else if (/^\d{4}-[a-z0-9-]+\.ts$/.test(cited)) path = `src/migrations/${cited}`;
    else if (doc === 'docs/covenant.md') {
      const short = Object.keys(covenantAbbreviations).find((a) => cited.startsWith(a));
      if (short) path = `${covenantAbbreviations[short]}${cited.slice(short.length)}`;
    }
    if (path) refs.push({ doc, cited, path });
  }
  for (const [, target] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
    if (!target || /^[a-z]+:/i.test(target)) continue; // https:, mailto:
    const path = relative(root, join(root, dirname(doc), target));
    refs.push({ doc, cited: target, path });
  }
  return refs;
}

describe('documentation references', () => {
  it('cites only files and folders that exist', () => {
    const refs = docs.flatMap(referencesIn);
    expect(refs.length).toBeGreaterThan(100); // the covenant mapping alone cites hundreds
    const broken = refs.filter((r) => !matches(r.path)).map((r) => `${r.doc}: ${r.cited}`);
    expect(broken).toEqual([]);
  });

  it('declares in docs/covenant.md the short prefixes it uses', () => {
    const text = readFileSync(join(root, 'docs/covenant.md'), 'utf8').replace(/\s+/g, ' ');
    for (const [short, full] of Object.entries(covenantAbbreviations)) {
      expect(text).toContain(`\`${short}\` stands for \`${full}\``);
    }
  });

  it('cites test titles that still exist in the cited test file', () => {
    const broken: string[] = [];
    let cited = 0;
    for (const doc of docs) {
      const text = readFileSync(join(root, doc), 'utf8');
      // `test/….test.ts` › "title", "another title"
      for (const [, file, titles] of text.matchAll(
        /`((?:test|e2e)\/[^`]+\.test\.ts)`\s+›\s+((?:"[^"]+"(?:,\s*)?)+)/g,
      )) {
        if (!file || !titles || !existsSync(join(root, file))) continue; // a missing file fails above
        const source = readFileSync(join(root, file), 'utf8').replace(/\\'/g, "'");
        for (const [, title] of titles.matchAll(/"([^"]+)"/g)) {
          cited += 1;
          const needle = (title ?? '').replace(/\s+/g, ' ').replace(/…$/, '');
          if (!source.includes(needle)) broken.push(`${doc}: ${file} › "${title}"`);
        }
      }
    }
    expect(cited).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('keeps the summary of docs/security.md equal to the status of its requirement rows', () => {
    const text = readFileSync(join(root, 'docs/security.md'), 'utf8');
    const statuses = ['Met', 'Partly', 'Not yet', 'Not applicable'] as const;
    for (const [chapter, name] of [
      ['V6', 'V6 Authentication'],
      ['V7', 'V7 Session Management'],
      ['V8', 'V8 Authorization'],
    ] as const) {
      const rows = [
        ...text.matchAll(
          new RegExp(`^\\| ${chapter}\\.[\\d.]+ \\| [12] \\|[^|]*\\| \\*\\*([A-Za-z ]+)`, 'gm'),
        ),
      ];
      const counted = statuses.map((st) => rows.filter((r) => (r[1] ?? '').startsWith(st)).length);
      const summary = text.match(
        new RegExp(`^\\| ${name} \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|`, 'm'),
      );
      expect(summary, name).not.toBeNull();
      expect([rows.length, ...counted], name).toEqual(summary?.slice(1).map(Number));
    }
  });

  it('lists every setting of src/platform/config/env.ts in the README configuration table', () => {
    const env = readFileSync(join(root, 'src/platform/config/env.ts'), 'utf8');
    const settings = [...env.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    expect(settings.length).toBeGreaterThan(20);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('### The house configuration'),
    );
    const documented = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]);
    expect(settings.filter((k) => !table.includes(`\`${k}\``))).toEqual([]);
    // Every row names a real setting (KETENHUIS_CONFIG_FILE is read from the environment directly).
    expect(documented.filter((k) => k !== 'KETENHUIS_CONFIG_FILE' && !settings.includes(k))).toEqual([]);
  });
});
