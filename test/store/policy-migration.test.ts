import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { latestPolicyVersions } from '../../src/store/policy-store.js';
import { embeddedBackend, openUrl } from '../support/databases.js';

/** A database of its own, never migrated. */
async function emptyDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const fresh = await embeddedBackend().freshUrl();
  const database = await openUrl(fresh.url, 2);
  const dispose = async () => {
    await database.close();
    await fresh.drop();
  };
  return { database, dispose };
}

describe('C6 upgrading to policies', () => {
  it('C6 days an admin had set in the settings become version 2 of the Canadian policy, so no promise changes', async () => {
    const { database, dispose } = await emptyDatabase();
    try {
      await migrate(
        database.db,
        MIGRATIONS.filter((m) => m.version <= 10),
      );
      await database.db
        .updateTable('organisation_settings')
        .set({ complaint_business_days: 12, inquiry_business_days: 4 })
        .execute();
      const report = await migrate(database.db);
      expect(report.applied.map((m) => m.version)).toContain(11);
      const [canada] = await latestPolicyVersions(database.db, 'ca-ccts');
      expect(canada?.version).toBe(2);
      expect(canada?.rules.times.investigation).toEqual({ amount: 12, unit: 'business_days' });
      expect(canada?.rules.overrides[0]).toEqual({
        match: { kind: 'inquiry' },
        times: { investigation: { amount: 4, unit: 'business_days' } },
      });
      expect((await latestPolicyVersions(database.db)).map((p) => [p.policyId, p.version])).toEqual([
        ['au-acma', 1],
        ['ca-ccts', 2],
        ['uk-ofcom', 1],
      ]);
      await migrate(database.db); // again: nothing more
      expect((await latestPolicyVersions(database.db, 'ca-ccts'))[0]?.version).toBe(2);
    } finally {
      await dispose();
    }
  }, 60_000);
});
