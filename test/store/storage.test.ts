import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSessionSecret } from '../../src/app/setup/ensure-session-secret.js';
import { CASE_KINDS, CASE_STATUSES } from '../../src/domain/case-lifecycle.js';
import { EVENT_CHANNELS, INTAKE_CHANNELS } from '../../src/domain/channel.js';
import { LANGUAGES } from '../../src/domain/language.js';
import { STAFF_ROLES } from '../../src/domain/staff-role.js';
import { migrate, SchemaTooNewError } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { schemaVersion } from '../../src/store/schema-version.js';
import { openUrl, type TestDatabase, testBackends } from '../support/databases.js';

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

describe.each(testBackends())('storage on $name', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('is migrated to the latest version, and migrating again changes nothing', async () => {
    expect(await schemaVersion(database.db)).toBe(LATEST);
    const again = await migrate(database.db);
    expect(again).toEqual({ applied: [], version: LATEST });
  });

  it('refuses to run against a schema newer than this build knows', async () => {
    await expect(migrate(database.db, MIGRATIONS.slice(0, 1))).rejects.toBeInstanceOf(SchemaTooNewError);
  });

  it('accepts every value the domain knows, in every constrained column', async () => {
    await database.db
      .transaction()
      .execute(async (trx) => {
        const [user] = await sql<{ id: string }>`
        insert into staff_user (email, display_name, password_hash, role, created_at)
        values ('probe@example.org', 'Probe', 'x', 'advisor', now()) returning id`
          .execute(trx)
          .then((r) => r.rows);
        for (const role of STAFF_ROLES) {
          await sql`update staff_user set role = ${role} where id = ${user?.id}`.execute(trx);
        }
        const [row] = await sql<{ id: string }>`
        insert into complaint_case (tracking_number, kind, status, channel, language, received_at, recorded_at, updated_at)
        values ('RDX-2345-6789', 'complaint', 'received', 'web', 'en', now(), now(), now()) returning id`
          .execute(trx)
          .then((r) => r.rows);
        for (const kind of CASE_KINDS)
          await sql`update complaint_case set kind = ${kind} where id = ${row?.id}`.execute(trx);
        for (const status of CASE_STATUSES) {
          await sql`update complaint_case set status = ${status} where id = ${row?.id}`.execute(trx);
        }
        for (const channel of INTAKE_CHANNELS) {
          await sql`update complaint_case set channel = ${channel} where id = ${row?.id}`.execute(trx);
        }
        for (const language of LANGUAGES) {
          await sql`update complaint_case set language = ${language} where id = ${row?.id}`.execute(trx);
        }
        for (const channel of EVENT_CHANNELS) {
          await sql`insert into case_event (case_id, case_version, type, actor_type, channel, occurred_at)
                  values (${row?.id}, 1, 'probe', 'system', ${channel}, now())`.execute(trx);
        }
        // Leave no trace: roll the probe back.
        await sql`select 1/0`.execute(trx);
      })
      .catch((error: unknown) => {
        expect(String(error)).toMatch(/division by zero/);
      });
    const count = await database.db
      .selectFrom('complaint_case')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });

  it('refuses values the domain does not know (checks live in the database)', async () => {
    const insert = (status: string, channel: string) =>
      sql`insert into complaint_case (tracking_number, kind, status, channel, language, received_at, recorded_at, updated_at)
          values ('RDX-2345-6789', 'complaint', ${status}, ${channel}, 'en', now(), now(), now())`.execute(
        database.db,
      );
    await expect(insert('lost', 'web')).rejects.toThrow(/check constraint/);
    await expect(insert('received', 'fax')).rejects.toThrow(/check constraint/);
    await expect(
      sql`insert into complaint_case (tracking_number, kind, status, channel, language, received_at, recorded_at, updated_at)
          values ('RDX-0000-OOOO', 'complaint', 'received', 'web', 'en', now(), now(), now())`.execute(
        database.db,
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('keeps one session secret, even when instances ask for it at the same moment', async () => {
    const secrets = await Promise.all([1, 2, 3, 4].map(() => ensureSessionSecret(database.db, undefined)));
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toHaveLength(43);
    expect(await ensureSessionSecret(database.db, 'configured-secret-that-is-long-enough!!')).toBe(
      'configured-secret-that-is-long-enough!!',
    );
  });

  it('lets only one of several instances starting together migrate (advisory lock)', async () => {
    const fresh = await backend.freshUrl();
    const instances = await Promise.all([1, 2, 3].map(() => openUrl(fresh.url, 2)));
    try {
      const reports = await Promise.all(instances.map((instance) => migrate(instance.db)));
      const applied = reports.map((r) => r.applied.length).sort();
      expect(applied).toEqual([0, 0, MIGRATIONS.length]);
      expect(reports.every((r) => r.version === LATEST)).toBe(true);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await fresh.drop();
    }
  });
});
