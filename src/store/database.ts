import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { makeDirs } from './make-dirs.js';
import { PGliteDialect } from './pglite-dialect.js';
import { preparingPool } from './prepared-statements.js';
import type { Tables } from './schema.js';

export type Db = Kysely<Tables>;

/**
 * One interface over both engines: the same Kysely queries and the same SQL migrations run on
 * embedded PGlite (PostgreSQL 18 in WebAssembly, one process per data folder) and on a
 * PostgreSQL server (15 or newer, shared by any number of instances).
 */
export interface Database {
  readonly db: Db;
  readonly engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// Both engines hand back the same JavaScript types: int8 as number (ids stay far below 2^53),
// `date` as the 'YYYY-MM-DD' text it is (a JS Date would shift it by the machine's time zone),
// numeric as text (no silent rounding).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parsers = {
  [INT8]: (value: string) => Number(value),
  [NUMERIC]: (value: string) => value,
  [DATE]: (value: string) => value,
};

const engines = new WeakMap<Db, Database['engine']>();

/** Which engine a handle opened here runs on (undefined for one opened elsewhere, or a transaction's). */
export function engineOf(db: Db): Database['engine'] | undefined {
  return engines.get(db);
}

export async function openEmbeddedDatabase(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<Database & { pglite: PGlite }> {
  if (options.dataDir) makeDirs(options.dataDir);
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers,
  });
  const db = new Kysely<Tables>({ dialect: new PGliteDialect(pglite) });
  engines.set(db, 'pglite');
  return {
    db,
    pglite,
    engine: 'pglite',
    async close() {
      await db.destroy();
      // A clean close checkpoints the data folder, so the next start needs no recovery.
      if (!pglite.closed) await pglite.close();
    },
  };
}

export interface ServerDatabaseOptions {
  connectionString: string;
  poolSize?: number;
  connectTimeoutMs?: number;
  /** Statements run often become prepared statements (default); off behind a transaction pooler. */
  preparedStatements?: boolean;
}

export async function openServerDatabase(
  options: ServerDatabaseOptions,
): Promise<Database & { pool: pg.Pool }> {
  // Loaded only for a server: the embedded default never needs the driver.
  const { default: pgDriver } = await import('pg');
  const pool = new pgDriver.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        const parser = parsers[oid as keyof typeof parsers];
        return parser ?? pgDriver.types.getTypeParser(oid, format ?? 'text');
      }) as typeof pgDriver.types.getTypeParser,
    },
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const dialect = new PostgresDialect({
    pool: options.preparedStatements === false ? pool : preparingPool(pool),
  });
  const db = new Kysely<Tables>({ dialect });
  engines.set(db, 'postgres');
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    pool,
    engine: 'postgres',
    async close() {
      await db.destroy();
    },
  };
}
