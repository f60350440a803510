import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { observedPool } from './observed-pool.js';
import type { Tables } from './schema.js';

export type Db = Kysely<Tables>;

/**
 * The database, the same in both modes: a node-postgres pool under Kysely's PostgreSQL dialect,
 * whether the server is the embedded one this service runs or a PostgreSQL server (15 or newer)
 * shared by any number of instances.
 */
export interface Database {
  readonly db: Db;
  /** Connections at most (what may run at once). */
  readonly poolSize: number;
  close(): Promise<void>;
}

/** Where the server is: a connection string, or the embedded server's socket (or port) and role. */
export type DatabaseConnection =
  | { connectionString: string }
  | { host: string; port: number; user: string; password: string; database: string };

export interface DatabaseOptions {
  connection: DatabaseConnection;
  poolSize: number;
  connectTimeoutMs?: number;
  /** Sees every failed statement and connection (the storage's health watches for a full disk). */
  onError?: (error: unknown) => void;
}

// JavaScript types as the code expects them: int8 as number (ids stay far below 2^53), `date` as
// the 'YYYY-MM-DD' text it is (a JS Date would shift it by the machine's time zone), numeric as
// text (no silent rounding).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parsers: Record<number, (value: string) => unknown> = {
  [INT8]: (value: string) => Number(value),
  [NUMERIC]: (value: string) => value,
  [DATE]: (value: string) => value,
};

/** How long a close waits for statements still running (a request whose client went away, say). */
const CLOSE_GRACE_MS = 10_000;

/** Resolves once no connection is in use and nobody waits for one, or after `ms`. */
async function settled(pool: pg.Pool, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (pool.totalCount > pool.idleCount || pool.waitingCount > 0) {
    if (Date.now() > until) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    ...options.connection,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const onError = options.onError ?? (() => {});
  // A connection that breaks must never end the process: node-postgres emits `error` on the pool
  // for an idle client and on the client itself for one checked out, and an unheard `error` event
  // is fatal in Node. The statement in flight fails on its own and is answered 503.
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({
      pool: observedPool(pool, onError),
    }),
  });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    poolSize: options.poolSize,
    async close() {
      await settled(pool, CLOSE_GRACE_MS);
      await db.destroy();
    },
  };
}
