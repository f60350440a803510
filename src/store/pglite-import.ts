import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import type { Db } from './database.js';
import { migrateWithin } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { schemaVersion } from './schema-version.js';

/** The import cannot go ahead; nothing was changed. */
export class ImportRefusedError extends Error {}

/** The part of PGlite's API the import uses (the package is not a dependency of Redress any more). */
interface PgliteDatabase {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

const PGLITE_PACKAGE = '@electric-sql/pglite';

async function openPglite(pgdata: string): Promise<PgliteDatabase> {
  let loaded: unknown;
  try {
    loaded = await import(PGLITE_PACKAGE);
  } catch {
    throw new ImportRefusedError(
      `reading a PGlite folder needs the PGlite package: npm install --no-save ${PGLITE_PACKAGE}@0.5, then run this again`,
    );
  }
  type Create = (options: {
    dataDir: string;
    parsers: Record<number, (value: string) => unknown>;
  }) => Promise<PgliteDatabase>;
  const PGlite = (loaded as { PGlite?: { create: Create } }).PGlite;
  if (!PGlite) throw new ImportRefusedError(`${PGLITE_PACKAGE} does not export PGlite`);
  // Values as text where JSON would lose or refuse them: int8 (a BigInt), numeric, date, and
  // timestamps (a JavaScript Date keeps milliseconds, PostgreSQL microseconds).
  const asText = (value: string) => value;
  return PGlite.create({
    dataDir: pgdata,
    parsers: { 20: asText, 1700: asText, 1082: asText, 1114: asText, 1184: asText },
  });
}

export interface ImportReport {
  fromVersion: number;
  tables: { name: string; rows: number }[];
}

const ROWS_PER_STATEMENT = 500;

/**
 * Brings the database of an earlier Redress, kept in a PGlite folder, into a new database once.
 * The new database is first brought to the schema version the old one had, every table is copied
 * row for row (with triggers and foreign-key checks off, so the order of the tables does not
 * matter and the append-only log can be written in full), identity counters are moved past the
 * copied ids, and then the usual migrations bring it to this build's version. All of it is one
 * transaction on the new database: it is imported whole, or not at all.
 */
export async function importPgliteFolder(target: Db, pgdata: string): Promise<ImportReport> {
  if (!existsSync(join(pgdata, 'PG_VERSION'))) throw new ImportRefusedError(`${pgdata} holds no database`);
  if ((await schemaVersion(target)) !== 0) {
    throw new ImportRefusedError(
      'the database to import into is not new; import into an empty DATA_DIR (or DATABASE_URL)',
    );
  }
  const old = await openPglite(pgdata);
  try {
    const versions = await old.query<{ version: number | null }>(
      'select max(version) as version from schema_migration',
    );
    const fromVersion = Number(versions.rows[0]?.version ?? 0);
    if (fromVersion === 0) throw new ImportRefusedError(`${pgdata} holds no Redress schema`);
    const known = Math.max(...MIGRATIONS.map((m) => m.version));
    if (fromVersion > known)
      throw new ImportRefusedError(
        `${pgdata} is at schema version ${fromVersion}, newer than this build (${known})`,
      );

    return await target.transaction().execute(async (trx) => {
      await migrateWithin(
        trx,
        MIGRATIONS.filter((m) => m.version <= fromVersion),
      );
      // Triggers and foreign-key checks off while copying (this needs a superuser, as the embedded
      // database's role is; on a server, import as one).
      await sql`set local session_replication_role = replica`.execute(trx);
      const names = (
        await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migration'
          order by table_name`.execute(trx)
      ).rows.map((row) => row.name);
      // What migrating to that version seeded (the policy presets) is replaced by what was there.
      await sql.raw(`truncate ${names.map((name) => `"${name}"`).join(', ')}`).execute(trx);
      const tables: { name: string; rows: number }[] = [];
      for (const name of names) tables.push({ name, rows: await copyTable(old, trx, name) });
      await sql`set local session_replication_role = origin`.execute(trx);
      await migrateWithin(trx);
      return { fromVersion, tables };
    });
  } finally {
    await old.close();
  }
}

async function copyTable(old: PgliteDatabase, trx: Db, table: string): Promise<number> {
  const columns = (
    await sql<{ name: string; identity: string }>`
      select column_name as name, is_identity as identity from information_schema.columns
      where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
      order by ordinal_position`.execute(trx)
  ).rows;
  const list = columns.map((c) => `"${c.name}"`).join(', ');
  const rows = (await old.query<Record<string, unknown>>(`select ${list} from "${table}"`)).rows;
  const overriding = columns.some((c) => c.identity === 'YES') ? 'overriding system value' : '';
  // Rows travel as JSON and are read back with the table's own row type, as intake writes them.
  const insert = `insert into "${table}" (${list}) ${overriding} select ${list} from jsonb_populate_recordset(null::"${table}", $1::jsonb)`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await trx.executeQuery(
      CompiledQuery.raw(insert, [JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))]),
    );
  }
  for (const column of columns.filter((c) => c.identity === 'YES')) {
    await sql
      .raw(
        `select setval(pg_get_serial_sequence('"${table}"', '${column.name}'), coalesce(max("${column.name}"), 0) + 1, false) from "${table}"`,
      )
      .execute(trx);
  }
  return rows.length;
}
