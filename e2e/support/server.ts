/**
 * Starts the BUILT Ketenhuis (`node bin/ketenhuis.js serve`) as a child process for the
 * end-to-end tests: on a free port (PORT=0), with a fresh SQLite database in a temporary folder,
 * in demo mode. On an empty database the server migrates and loads the Haaglanden house
 * configuration. stop() ends the process (SIGTERM, then SIGKILL) and removes the folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const READY_LINE = /draait op (http:\/\/\S+)/;

/**
 * Settings the server reads from the environment that would make it serve something else than
 * the stock demo (another house, another web folder, a config file): never inherited.
 */
const INHERITED_SETTINGS_TO_DROP = [
  'KETENHUIS_CONFIG_FILE',
  'KETENHUIS_HOUSE_CONFIG',
  'KETENHUIS_WEB_DIR',
  'KETENHUIS_MASTER_KEY',
  'KETENHUIS_MASTER_KEY_FILE',
  'PUBLIC_URL',
  'TRUST_PROXY',
];

export interface RunningServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  /** The server's SQLite file, for tests that must set up what no demo user can do through the UI. */
  readonly databasePath: string;
  /** Everything the server wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Fails with a clear message when the app has not been built. */
export function assertBuilt(): void {
  const missing = ['dist/cli/main.js', 'dist/web/index.html'].filter((p) => !existsSync(join(REPO_ROOT, p)));
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests run the BUILT app, but ${missing.join(' and ')} is missing. ` +
        'Run `npm run build` first (or use `npm run test:e2e`, which builds before testing).',
    );
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

export async function startServer(): Promise<RunningServer> {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of INHERITED_SETTINGS_TO_DROP) delete env[key];
  Object.assign(env, {
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: join(dir, 'ketenhuis.sqlite'),
    LOG_LEVEL: 'warn',
    KETENHUIS_MODE: 'demo',
  });

  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/ketenhuis.js'), 'serve'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const cleanup = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Server did not print "draait op" within ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = READY_LINE.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Server exited before it was ready (code ${code}, signal ${signal})`));
      });
    });
    // We bind to 127.0.0.1, but the server prints "localhost", which may resolve to ::1 first.
    const baseUrl = url.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, '');
    return { baseUrl, databasePath: env.DATABASE_URL as string, output: () => output, stop: cleanup };
  } catch (err) {
    await cleanup();
    throw new Error(`${(err as Error).message}\n--- server output ---\n${output}`);
  }
}
