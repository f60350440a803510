/**
 * Memory of the whole service after 10 000 realistic filings on the embedded default, printed,
 * never asserted: the sum of Pss over the service and all its PostgreSQL processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDatabase } from '../src/store/database.js';
import { runningClusterConnection } from '../src/store/embedded/embedded-cluster.js';
import { filingRequest, mixedKind } from './filing-mix.js';
import { treeMemory } from './process-tree.js';
import { startUntilReady, stop } from './service-process.js';
import { startArrivalSink } from './smtp-sink.js';

const FILINGS = Number(process.env.BENCH_FILINGS ?? 10_000);

export async function memoryBenchmark(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  const sink = await startArrivalSink();
  const service = await startUntilReady(dataDir, {
    SMTP_URL: sink.url,
    FILING_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const atStart = treeMemory(service.child.pid ?? 0);
    let n = 0;
    const earlier: string[] = [];
    const started = performance.now();
    await autocannon({
      url: service.url,
      connections: 10,
      amount: FILINGS,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            n += 1;
            const built = filingRequest(mixedKind(n), n, earlier.length > 0 ? earlier : ['RDX-0000-0000']);
            return { ...request, path: '/api/v1/complaints', headers: built.headers, body: built.body };
          },
          onResponse: (status, body) => {
            const number = status === 201 ? /"trackingNumber":"([^"]+)"/.exec(body)?.[1] : undefined;
            if (number && earlier.length < 200) earlier.push(number);
          },
        },
      ],
    });
    const filedIn = (performance.now() - started) / 1000;
    const connection = runningClusterConnection(dataDir);
    if (!connection) throw new Error('no embedded server');
    const database = await openDatabase({ connection, poolSize: 1 });
    try {
      for (let i = 0; i < 600; i++) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from message where status = 'queued'`.execute(database.db);
        if ((rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await database.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const after = treeMemory(service.child.pid ?? 0);
    const show = (m: ReturnType<typeof treeMemory>) =>
      `${(m.service + m.postgres).toFixed(0)} MB (service ${m.service.toFixed(0)} MB + PostgreSQL ${m.postgres.toFixed(0)} MB in ${m.processes - 1} processes)`;
    console.log(
      'Memory (npm start on the embedded PostgreSQL, sum of Pss over every process of the service)',
    );
    console.log(`  after start                        : ${show(atStart)}  (target ≤ 150 MB)`);
    console.log(
      `  after ${FILINGS} filings (mix, ${filedIn.toFixed(0)} s) : ${show(after)}  (target ≤ 250 MB; ${sink.messages()} acknowledgements delivered)`,
    );
  } finally {
    await stop(service.child);
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
