import { sql } from 'kysely';
import { withInvestigationDays } from '../domain/policy.js';
import { DEFAULT_POLICY_ID, POLICY_PRESETS } from '../domain/policy-presets.js';
import type { Db } from './database.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { carryOverSettingsDays, seedPolicyPresets } from './policy-store.js';

/** The migration that made the policy tables. */
const POLICIES_MIGRATION = 11;

/** Any fixed number; instances agree on it so only one of them migrates at a time. */
const MIGRATION_LOCK_KEY = 727_111_002;

export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `the database is at schema version ${databaseVersion}, newer than this build knows (${codeVersion}); ` +
        'run a newer Redress, or restore a backup taken before the upgrade',
    );
  }
}

export interface MigrationReport {
  applied: Migration[];
  version: number;
}

/**
 * Brings the schema up to date. All pending migrations run in one transaction that first takes
 * a transaction-level advisory lock: a second instance starting at the same moment waits, then
 * finds nothing left to do. A failing migration leaves the schema exactly as it was.
 */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  return db.transaction().execute((trx) => migrateWithin(trx, migrations));
}

/** The same, inside a transaction the caller holds (the PGlite import does more in it). */
export async function migrateWithin(
  trx: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
  await sql`
      create table if not exists schema_migration (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`.execute(trx);
  const rows = await trx.selectFrom('schema_migration').select('version').execute();
  const done = new Set(rows.map((r) => r.version));
  const latestKnown = Math.max(0, ...migrations.map((m) => m.version));
  const newest = Math.max(0, ...done);
  if (newest > latestKnown) throw new SchemaTooNewError(newest, latestKnown);

  const pending = migrations.filter((m) => !done.has(m.version)).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    await sql.raw(migration.sql).execute(trx);
    await trx
      .insertInto('schema_migration')
      .values({ version: migration.version, name: migration.name })
      .execute();
  }
  const version = Math.max(newest, ...pending.map((m) => m.version));
  // Reference data the code ships: the regulators' presets, version 1 each where missing.
  if (version >= POLICIES_MIGRATION) await seedPolicyPresets(trx, POLICY_PRESETS, new Date());
  if (pending.some((m) => m.version === POLICIES_MIGRATION))
    await carryOverSettingsDays(trx, DEFAULT_POLICY_ID, withInvestigationDays, new Date());
  return { applied: pending, version };
}
