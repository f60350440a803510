/**
 * Filing throughput and latency on the embedded PostgreSQL (and on a server when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set), printed, never asserted.
 *
 * - A realistic mix of filings (60 % with history and 1–3 earlier cases, 30 % with an
 *   Idempotency-Key, 10 % with a small PDF), each acknowledged by email to an SMTP sink on
 *   loopback, against a bare route doing one INSERT into the same database, at 10 and 40 clients.
 * - Filings of one kind at a time against the bare filing: one write path serves them all.
 * - At half the mix's peak rate: the 99th percentile of answering, and of the time from the
 *   answer to the acknowledgement email being handed to SMTP (30 s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { freshDatabase } from '../scripts/fresh-database.js';
import { loadConfig } from '../src/config.js';
import { type RunningService, startService } from '../src/service.js';
import { type FilingKind, filingRequest, mixedKind } from './filing-mix.js';
import { median } from './service-process.js';
import { startArrivalSink } from './smtp-sink.js';

const DURATION_S = 5;
const CLIENT_COUNTS = [10, 40] as const;
/** Bare and mix take turns this many times; the median ratio is printed (a shared machine drifts). */
const ROUNDS = 3;

interface Run {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** `insert`: the bare route that does one INSERT; a kind: filings of that kind only; `mix`: the mix. */
type Target = 'insert' | FilingKind | 'mix';

/** Load on one route: the bare INSERT, one kind of filing, or the mix (each request built anew). */
async function load(
  service: RunningService,
  target: Target,
  earlier: readonly string[],
  options: { connections: number; durationS?: number; overallRate?: number; answered?: Map<string, number> },
): Promise<Run> {
  let n = 0;
  const result = await autocannon({
    url: service.url,
    connections: options.connections,
    duration: options.durationS ?? DURATION_S,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          n += 1;
          const kind = target === 'mix' ? mixedKind(n) : target === 'insert' ? 'bare' : target;
          const built = filingRequest(kind, n, earlier);
          return {
            ...request,
            path: target === 'insert' ? '/bench/bare' : '/api/v1/complaints',
            headers: built.headers,
            body: built.body,
          };
        },
        onResponse: (status, body) => {
          if (status === 201 && options.answered) {
            const number = /"trackingNumber":"([^"]+)"/.exec(body)?.[1];
            if (number) options.answered.set(number, Date.now());
          }
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function pendingMail(service: RunningService): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from message where status = 'queued'`.execute(service.storage.database.db);
  return rows[0]?.n ?? 0;
}

/** Delivers what is waiting, so each run starts as the first did. */
async function drain(service: RunningService): Promise<void> {
  const started = Date.now();
  while ((await pendingMail(service)) > 0 && Date.now() - started < 120_000) await service.outbox.runOnce();
}

async function startBenchService(env: Record<string, string>, smtpUrl: string): Promise<RunningService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    FILING_RATE_LIMIT: '0',
    SMTP_URL: smtpUrl,
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
  // The bench's data folder goes with the service.
  const stop = service.stop;
  return Object.assign(service, {
    stop: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** Tracking numbers of cases already on file, for the references of the mix (C3). */
async function earlierCases(service: RunningService): Promise<string[]> {
  const rows = await service.storage.database.db
    .selectFrom('complaint_case')
    .select('tracking_number')
    .limit(200)
    .execute();
  return rows.map((row) => row.tracking_number);
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

async function measure(label: string, env: Record<string, string>): Promise<void> {
  const sink = await startArrivalSink();
  const service = await startBenchService(env, sink.url);
  try {
    // Warm-up (code compiled, caches filled), and earlier cases for the mix to refer to.
    await load(service, 'insert', [], { connections: 10, durationS: 2 });
    await load(service, 'idempotent', [], { connections: 10, durationS: 2 });
    const earlier = await earlierCases(service);
    await load(service, 'mix', earlier, { connections: 10, durationS: 2 });
    await drain(service);

    console.log(`\n${label}`);
    let peak = 0;
    for (const connections of CLIENT_COUNTS) {
      const ratios: number[] = [];
      const lines: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const bare = await load(service, 'insert', earlier, { connections });
        const mix = await load(service, 'mix', earlier, { connections });
        await drain(service);
        ratios.push(mix.rps / bare.rps);
        if (connections === CLIENT_COUNTS[0]) peak = Math.max(peak, mix.rps);
        lines.push(
          `bare INSERT ${bare.rps.toFixed(0)}/s, mix ${mix.rps.toFixed(0)}/s (p99 ${mix.p99} ms, non-2xx ${mix.non2xx + mix.errors})`,
        );
      }
      console.log(`  ${connections} clients: ${lines.join('; ')}`);
      console.log(
        `    realistic mix / bare INSERT: ${pct(median(ratios), 1)} (median of ${ROUNDS}; target ≥ 20 %)`,
      );
    }

    // One path: each kind alone, against the bare filing, in turns.
    const byKind = new Map<FilingKind, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of ['bare', 'history', 'idempotent', 'document'] as const) {
        const run = await load(service, kind, earlier, { connections: CLIENT_COUNTS[0] });
        byKind.set(kind, [...(byKind.get(kind) ?? []), run.rps]);
      }
      await drain(service);
    }
    const bareFiling = median(byKind.get('bare') ?? []);
    console.log(
      `  by kind (${CLIENT_COUNTS[0]} clients, median of ${ROUNDS}): bare filing ${bareFiling.toFixed(0)}/s; ` +
        (['history', 'idempotent', 'document'] as const)
          .map((kind) => {
            const rps = median(byKind.get(kind) ?? []);
            return `${kind === 'history' ? 'history + references' : kind === 'idempotent' ? 'Idempotency-Key' : 'with a PDF'} ${rps.toFixed(0)}/s (${pct(rps, bareFiling)})`;
          })
          .join(', ') +
        ' (target for references and keys ≥ 70 % of the bare filing)',
    );

    // Half the peak: answering, and the acknowledgement reaching SMTP.
    const half = Math.max(1, Math.floor(peak / 2));
    const quick = await load(service, 'mix', earlier, {
      connections: CLIENT_COUNTS[0],
      overallRate: half,
      durationS: 10,
    });
    await drain(service);
    const answered = new Map<string, number>();
    const steady = await load(service, 'mix', earlier, {
      connections: CLIENT_COUNTS[0],
      overallRate: half,
      durationS: 30,
      answered,
    });
    await drain(service);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const delays = [...answered].map(([number, at]) => (sink.arrivals.get(number) ?? Number.NaN) - at);
    const missing = delays.filter((d) => Number.isNaN(d)).length;
    const known = delays.filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
    const p = (q: number) => known[Math.min(known.length - 1, Math.floor(q * known.length))] ?? Number.NaN;
    console.log(
      `  at half the peak (${half}/s): p99 of answering ${quick.p99} ms (target ≤ 50 ms); over 30 s (${steady.rps.toFixed(0)}/s), ` +
        `answer → acknowledgement handed to SMTP: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${known.at(-1)} ms ` +
        `(target p99 ≤ 5000 ms; ${known.length} emails${missing ? `, ${missing} not seen` : ''})`,
    );
  } finally {
    await service.stop();
    await sink.close();
  }
}

export async function filingBenchmark(): Promise<void> {
  console.log(
    `Filing throughput (${CLIENT_COUNTS.join(' and ')} clients, ${ROUNDS} rounds of ${DURATION_S} s per route; every filing emailed to an SMTP sink on loopback)`,
  );
  await measure('Embedded PostgreSQL (the default)', {});
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const fresh = await freshDatabase(serverUrl, 'redress_bench');
    try {
      await measure('PostgreSQL server (DATABASE_URL)', { DATABASE_URL: fresh.url });
    } finally {
      await fresh.drop();
    }
  } else {
    console.log('\nPostgreSQL server: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  }
}
