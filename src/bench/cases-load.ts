/**
 * The load generator of the case benchmark, run as a child process so that autocannon does not
 * share the server's event loop. It reads its job (URL, paths to rotate through, headers,
 * connections, seconds) as JSON from argv[2] and prints autocannon's figures as one JSON line.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadJob {
  origin: string;
  /** A file with a JSON array of paths; requests rotate through them. */
  pathsFile: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

async function run(job: LoadJob): Promise<LoadFigures> {
  const paths = JSON.parse(readFileSync(job.pathsFile, 'utf8')) as string[];
  let next = 0;
  const result = await autocannon({
    url: job.origin,
    connections: job.connections,
    duration: job.seconds,
    headers: job.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          const path = paths[next++ % paths.length] as string;
          return { ...req, path };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const arg = process.argv[2];
if (arg) {
  run(JSON.parse(arg) as LoadJob).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
