/**
 * Public filing throughput against a bare route that does one INSERT into the same database, on
 * the same server; then the 99th percentile latency of filing at half its peak rate.
 * Runs on embedded PGlite, and on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { freshDatabase } from '../scripts/fresh-database.js';
import { loadConfig } from '../src/config.js';
import { type RunningService, startService } from '../src/service.js';
import type { Db } from '../src/store/database.js';

const DURATION_S = 10;
const CONNECTIONS = 10;

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
  options: { overallRate?: number; durationS?: number } = {},
): Promise<Run> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: options.durationS ?? DURATION_S,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function measure(label: string, env: Record<string, string>): Promise<void> {
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
    const bare = await load(`${service.url}/bench/bare`, FILING);
    await load(`${service.url}/api/v1/complaints`, FILING, { durationS: 3 });
    await drainOutbox(service, db);
    const mailBefore = await outboxCounts(db);
    const filing = await load(`${service.url}/api/v1/complaints`, FILING);
    const mailAfter = await outboxCounts(db);
    const drainMs = await drainOutbox(service, db);
    const half = await load(`${service.url}/api/v1/complaints`, FILING, {
      overallRate: Math.max(1, Math.floor(filing.rps / 2)),
    });
    const ratio = filing.rps / bare.rps;
    console.log(`\n${label}`);
    console.log(`  bare INSERT route        : ${bare.rps.toFixed(0)} req/s (p99 ${bare.p99} ms)`);
    console.log(
      `  POST /api/v1/complaints  : ${filing.rps.toFixed(0)} req/s (p99 ${filing.p99} ms)  errors ${filing.errors}, non-2xx ${filing.non2xx}`,
    );
    console.log(`  filing / bare            : ${(ratio * 100).toFixed(0)} %`);
    console.log(
      `  filing at half its peak  : ${half.rps.toFixed(0)} req/s, p99 ${half.p99} ms  (target ≤ 25 ms)`,
    );
    // The acknowledgement emails are delivered by the outbox worker in the same process meanwhile.
    const queued = mailAfter.sent + mailAfter.pending - (mailBefore.sent + mailBefore.pending);
    console.log(
      `  acknowledgement emails   : ${queued} queued during the peak run, ${mailAfter.sent - mailBefore.sent} delivered during it, the rest ${(drainMs / 1000).toFixed(1)} s after`,
    );
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function filingBenchmark(): Promise<void> {
  console.log(
    `Filing throughput (${CONNECTIONS} connections, ${DURATION_S} s per run; targets: PGlite ≥ 33 %, PostgreSQL ≥ 50 % of bare)`,
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
