/**
 * Public filing throughput against a bare route that does one INSERT into the same database, on
 * the same server; then the 99th percentile latency of filing at half its peak rate.
 * Runs on embedded PGlite, and on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { freshDatabase } from '../scripts/fresh-database.js';
import { loadConfig } from '../src/config.js';
import { type RunningService, startService } from '../src/service.js';
import type { Db } from '../src/store/database.js';

const DURATION_S = 5;
/**
 * Clients at once. 10 is the standing figure; with 10 the filing route is held back by waiting
 * (each filing waits for its commit to reach the disk, and only 10 can wait together), not by work,
 * so it is measured again with 40, where both routes are busy.
 */
const CLIENT_COUNTS = [10, 40] as const;
/**
 * Bare and filing runs take turns, this many times: a shared machine's speed drifts over a minute
 * (other tenants, the disk), and measuring all of one route before the other would put the drift
 * into the ratio. The ratio printed is the median of the rounds'.
 */
const ROUNDS = 3;

const FILING = JSON.stringify({
  language: 'en',
  customer: { name: 'Bench Customer', email: 'bench@example.org', type: 'residential', province: 'ON' },
  service: 'internet',
  category: 'billing',
  description: 'Charged twice for the same month.',
});

interface Run {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/**
 * CPU used so far: by this process (the service, and autocannon beside it), and by the PostgreSQL
 * server's processes on this machine (Linux /proc; NaN elsewhere). Printed per request, it shows
 * what bounds the ratio when the machine's cores, not the disk, are what both routes wait for.
 */
interface CpuReading {
  processUs: number;
  serverUs: number;
}

/** Linux counts a process's CPU time in ticks of 1/100 s (USER_HZ). */
const US_PER_TICK = 10_000;

function readCpu(): CpuReading {
  const own = process.cpuUsage();
  return { processUs: own.user + own.system, serverUs: postgresServerTicks() * US_PER_TICK };
}

function postgresServerTicks(): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return Number.NaN;
  }
  let ticks = 0;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
      // Fields after the command name: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks;
}

/** CPU per request between two readings, in µs. */
function cpuPerRequest(before: CpuReading, after: CpuReading, requests: number) {
  return {
    process: (after.processUs - before.processUs) / requests,
    server: (after.serverUs - before.serverUs) / requests,
  };
}

async function outboxCounts(db: Db): Promise<{ sent: number; pending: number }> {
  const { rows } = await sql<{ sent: number; pending: number }>`
    SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
           count(*) FILTER (WHERE status = 'pending')::int AS pending
    FROM outbox_message`.execute(db);
  return rows[0] ?? { sent: 0, pending: 0 };
}

/** Delivers what is waiting; returns how long that took. */
async function drainOutbox(service: RunningService, db: Db): Promise<number> {
  const started = Date.now();
  while ((await outboxCounts(db)).pending > 0 && Date.now() - started < 120_000)
    await service.outbox.runOnce();
  return Date.now() - started;
}

async function load(
  url: string,
  body: string,
  options: { connections?: number; overallRate?: number; durationS?: number } = {},
): Promise<Run> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: options.connections ?? CLIENT_COUNTS[0],
    duration: options.durationS ?? DURATION_S,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

async function measure(label: string, env: Record<string, string>): Promise<void> {
  const onServer = env.DATABASE_URL !== undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    FILING_RATE_LIMIT: '0',
    DATA_DIR: dataDir,
    ...env,
  });
  const service = await startService(config, {
    beforeListen: async (app, ctx) => {
      await sql`create table if not exists bench_probe (id bigint generated always as identity primary key, body jsonb not null)`.execute(
        ctx.db,
      );
      app.post('/bench/bare', { schema: { hide: true } }, async (request, reply) => {
        await sql`insert into bench_probe (body) values (${JSON.stringify(request.body)})`.execute(ctx.db);
        return reply.status(201).send({ ok: true });
      });
    },
  });
  const { db } = service.storage.database;
  try {
    // Each route is warmed up first (code compiled, caches filled, holidays read), as in a server
    // that has been up for a while.
    await load(`${service.url}/bench/bare`, FILING, { durationS: 3 });
    await load(`${service.url}/api/v1/complaints`, FILING, { durationS: 3 });
    await drainOutbox(service, db);
    const byClients: { clients: number; rounds: Round[] }[] = [];
    for (const clients of CLIENT_COUNTS)
      byClients.push({ clients, rounds: await takeTurns(service, clients) });
    const peak = median(byClients[0]?.rounds.map((r) => r.filing.rps) ?? []);
    const half = await load(`${service.url}/api/v1/complaints`, FILING, {
      overallRate: Math.max(1, Math.floor(peak / 2)),
      durationS: 10,
    });
    console.log(`\n${label}`);
    for (const { clients, rounds } of byClients) {
      console.log(`  ${clients} clients:`);
      for (const [i, r] of rounds.entries()) {
        console.log(
          `    round ${i + 1}: bare INSERT ${r.bare.rps.toFixed(0)} req/s (p99 ${r.bare.p99} ms), ` +
            `filing ${r.filing.rps.toFixed(0)} req/s (p99 ${r.filing.p99} ms, errors ${r.filing.errors}, non-2xx ${r.filing.non2xx})` +
            ` = ${((100 * r.filing.rps) / r.bare.rps).toFixed(0)} %`,
        );
      }
      const ratio = median(rounds.map((r) => r.filing.rps / r.bare.rps));
      console.log(`    filing / bare: ${(ratio * 100).toFixed(0)} % (median of ${ROUNDS} rounds)`);
      // The acknowledgement emails are delivered by the outbox worker in the same process meanwhile.
      const queued = rounds.reduce((sum, r) => sum + r.queued, 0);
      const during = rounds.reduce((sum, r) => sum + r.deliveredDuring, 0);
      const drained = Math.max(...rounds.map((r) => r.drainMs));
      console.log(
        `    acknowledgement emails: ${queued} queued during the filing runs, ${during} delivered during them, the rest at most ${(drained / 1000).toFixed(1)} s after a run`,
      );
      // The server's share is known only when it runs on this machine (it is seen using CPU).
      const local = onServer && rounds.some((r) => r.bareCpu.server > 0);
      const perRequest = (cpu: (r: Round) => { process: number; server: number }) => {
        const process = median(rounds.map((r) => cpu(r).process));
        const server = local ? median(rounds.map((r) => cpu(r).server)) : 0;
        const shown = local ? `${process.toFixed(0)} + ${server.toFixed(0)}` : process.toFixed(0);
        return { total: process + server, shown };
      };
      const bareCpu = perRequest((r) => r.bareCpu);
      const filingCpu = perRequest((r) => r.filingCpu);
      console.log(
        `    CPU per request (this process: service and load generator${local ? ' + the PostgreSQL server' : ''}): ` +
          `bare ${bareCpu.shown} µs, filing with its email ${filingCpu.shown} µs (${(filingCpu.total / bareCpu.total).toFixed(1)} × bare)`,
      );
      // During a run part of the email work waits until after it; kept up with, it bounds the rate.
      if (local) {
        const cores = availableParallelism();
        console.log(
          `    filings per second that ${cores} cores could sustain, emails delivered as they come: at most ${Math.floor((cores * 1e6) / filingCpu.total)}`,
        );
      }
    }
    console.log(
      `  filing at half its peak (${CLIENT_COUNTS[0]} clients): ${half.rps.toFixed(0)} req/s, p99 ${half.p99} ms  (target ≤ 25 ms)`,
    );
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Round {
  bare: Run;
  filing: Run;
  bareCpu: { process: number; server: number };
  /** Including delivering the acknowledgement emails the run queued. */
  filingCpu: { process: number; server: number };
  queued: number;
  deliveredDuring: number;
  drainMs: number;
}

/** Bare and filing runs in turn, each filing run followed by delivering what it queued. */
async function takeTurns(service: RunningService, connections: number): Promise<Round[]> {
  const { db } = service.storage.database;
  const rounds: Round[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const beforeBare = readCpu();
    const bare = await load(`${service.url}/bench/bare`, FILING, { connections });
    const afterBare = readCpu();
    const mailBefore = await outboxCounts(db);
    const beforeFiling = readCpu();
    const filing = await load(`${service.url}/api/v1/complaints`, FILING, { connections });
    const mailAfter = await outboxCounts(db);
    // Each round starts with no mail waiting, as the first did.
    const drainMs = await drainOutbox(service, db);
    const afterFiling = readCpu();
    rounds.push({
      bare,
      filing,
      bareCpu: cpuPerRequest(beforeBare, afterBare, bare.requests),
      filingCpu: cpuPerRequest(beforeFiling, afterFiling, filing.requests),
      queued: mailAfter.sent + mailAfter.pending - (mailBefore.sent + mailBefore.pending),
      deliveredDuring: mailAfter.sent - mailBefore.sent,
      drainMs,
    });
  }
  return rounds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function filingBenchmark(): Promise<void> {
  console.log(
    `Filing throughput (${CLIENT_COUNTS.join(' and ')} clients, ${ROUNDS} rounds of ${DURATION_S} s per route; targets: PGlite ≥ 33 %, PostgreSQL ≥ 50 % of bare)`,
  );
  await measure('Embedded PGlite', {});
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const fresh = await freshDatabase(serverUrl, 'redress_bench');
    try {
      await measure('PostgreSQL server', { DATABASE_URL: fresh.url });
    } finally {
      await fresh.drop();
    }
  } else {
    console.log('\nPostgreSQL server: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  }
}
