/**
 * Optional CPU profile of one measurement of the case benchmark, for finding the hot path:
 * KETENHUIS_BENCH_PROFILE=<folder> writes <folder>/<name>.cpuprofile (open it in Chrome DevTools).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

export async function profiled<T>(name: string, run: () => Promise<T>): Promise<T> {
  const folder = process.env.KETENHUIS_BENCH_PROFILE;
  if (!folder) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}
