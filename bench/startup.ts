/**
 * Start-up time and memory, printed, never asserted.
 *   - first start on an empty data folder (creates the database) → /readyz
 *   - start on an existing folder → /readyz (median of several)
 *   - resident memory of the started server vs. PGlite alone on the same folder
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RESTARTS = 5;

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

async function startUntilReady(dataDir: string): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  for (;;) {
    const line = out.split('\n').find((l) => l.includes('"Redress is ready"'));
    if (line) {
      const { url } = JSON.parse(line) as { url: string };
      // Listening comes after migration; confirm with the readiness probe itself.
      for (;;) {
        const response = await fetch(`${url}/readyz`).catch(() => undefined);
        if (response?.status === 200) return { child, ms: performance.now() - started };
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    if (child.exitCode !== null) throw new Error('server exited before it was ready');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** PGlite alone, on the same folder, after one query: the floor the server's memory is compared to. */
async function pgliteAloneRssMb(dataDir: string): Promise<number> {
  const script = `
    import { PGlite } from '@electric-sql/pglite';
    const db = await PGlite.create({ dataDir: ${JSON.stringify(join(dataDir, 'pgdata'))} });
    await db.query('select count(*) from staff_user');
    process.stdout.write(String(process.memoryUsage().rss / 1024 / 1024));
    await db.close();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise((resolve) => child.on('exit', resolve));
  return Number(out);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function startupBenchmark(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  try {
    const first = await startUntilReady(dataDir);
    await stop(first.child);

    const times: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      const run = await startUntilReady(dataDir);
      times.push(run.ms);
      await new Promise((r) => setTimeout(r, 500)); // let start-up garbage settle
      rss.push(rssMb(run.child.pid ?? 0));
      await stop(run.child);
    }
    const pglite = await pgliteAloneRssMb(dataDir);
    const serverRss = median(rss);

    console.log('Redress foundation benchmark (embedded PGlite)');
    console.log(`  first start, new data folder → /readyz : ${first.ms.toFixed(0)} ms`);
    console.log(
      `  start on existing folder → /readyz      : median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')}; target ≤ 2000 ms)`,
    );
    console.log(`  server resident memory after start      : ${serverRss.toFixed(0)} MB`);
    console.log(`  PGlite alone on the same folder         : ${pglite.toFixed(0)} MB`);
    console.log(
      `  server − PGlite                         : ${(serverRss - pglite).toFixed(0)} MB  (target ≤ 100 MB)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
