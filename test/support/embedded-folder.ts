import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../../src/store/database.js';
import { clusterLayout } from '../../src/store/embedded/cluster-layout.js';
import { runningClusterConnection } from '../../src/store/embedded/embedded-cluster.js';
import { readPostmasterPid } from '../../src/store/embedded/postmaster-pid.js';

/** The processes working in a data folder's cluster: the postmaster and its backends. */
export function postgresProcessesOf(dataDir: string): number[] {
  const pgdata = realpathSync(clusterLayout(dataDir).pgdata);
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === pgdata) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** The pid of the embedded server as its `postmaster.pid` names it. */
export function postmasterPid(dataDir: string): number | undefined {
  return readPostmasterPid(clusterLayout(dataDir).pgdata)?.pid;
}

/** Whether a process runs (a zombie, killed and waiting to be reaped, does not). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** A connection to the embedded server that a running service on `dataDir` runs. */
export async function throughRunningService(dataDir: string): Promise<Database> {
  const connection = runningClusterConnection(dataDir);
  if (!connection) throw new Error(`no server runs on ${dataDir}`);
  return openDatabase({ connection, poolSize: 2 });
}

/**
 * What a data folder holds, read through its running server: the tracking numbers of its cases,
 * and the cases that lack what intake writes with them (the received event, the acknowledgement).
 */
export async function storedCases(dataDir: string): Promise<{ numbers: Set<string>; incomplete: number }> {
  const database = await throughRunningService(dataDir);
  try {
    const rows = await database.db.selectFrom('complaint_case').select('tracking_number').execute();
    const incomplete = await sql<{ n: number }>`
      select count(*)::int as n from complaint_case c
      where not exists (select 1 from case_event e where e.case_id = c.id and e.type = 'case_received')
         or not exists (select 1 from message m where m.case_id = c.id)`.execute(database.db);
    return { numbers: new Set(rows.map((r) => r.tracking_number)), incomplete: incomplete.rows[0]?.n ?? -1 };
  } finally {
    await database.close();
  }
}

/** Clients filing complaints one after another until stopped; the numbers answered 201. */
export function keepFiling(url: string, clients = 4) {
  const acknowledged: string[] = [];
  const statuses = new Map<number, number>();
  let stop = false;
  let n = 0;
  const run = randomUUID();
  const client = async () => {
    while (!stop) {
      n += 1;
      try {
        const response = await fetch(`${url}/api/v1/complaints`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `${run}-${n}` },
          body: JSON.stringify({
            language: 'en',
            customer: {
              name: `Customer ${n}`,
              email: `c${n}@example.org`,
              type: 'residential',
              province: 'ON',
            },
            service: 'internet',
            category: 'billing',
            description: `Filing ${n}: charged twice.`,
            history: 'Called twice already.',
          }),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201)
          acknowledged.push(((await response.json()) as { trackingNumber: string }).trackingNumber);
        else await response.arrayBuffer();
      } catch {
        // the service is gone (killed): keep trying until told to stop
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const running = Promise.all(Array.from({ length: clients }, client));
  return {
    acknowledged,
    statuses,
    async stop() {
      stop = true;
      await running;
    },
  };
}
