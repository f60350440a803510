import { sql } from 'kysely';
import type { Db } from './database.js';

/** The schema version a database is at (0 when never migrated). */
export async function schemaVersion(db: Db): Promise<number> {
  const exists = await sql<{
    present: boolean;
  }>`select to_regclass('schema_migration') is not null as present`.execute(db);
  if (!exists.rows[0]?.present) return 0;
  const row = await db
    .selectFrom('schema_migration')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
