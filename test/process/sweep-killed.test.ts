import { describe, expect, it } from 'vitest';
import { startCommitmentSweep } from '../../src/jobs/commitment-sweep.js';
import { migrate } from '../../src/store/migrate.js';
import { testContext } from '../support/app-context.js';
import { runNode, tempDataDir } from '../support/child-server.js';
import { openUrl, testBackends } from '../support/databases.js';
import { dueCase, teamWithManager } from '../support/due-cases.js';

describe.each(testBackends())('C7 C8 a sweep killed in the middle, on $name', (backend) => {
  it('C7 C8 kill -9 during `npm run sweep`: the next pass fires what was left, nothing is lost or doubled', async () => {
    const fresh = await backend.freshUrl();
    const database = await openUrl(fresh.url);
    try {
      await migrate(database.db);
      const ctx = testContext(database.db, { clock: () => new Date() });
      const { owner } = await teamWithManager(database.db);
      const cases = 600;
      for (let i = 0; i < cases; i++)
        await dueCase(ctx, { expectedResponseBy: '2026-01-05', nextUpdateBy: null, ownerId: owner.id });
      const alarms = async () =>
        Number(
          (
            await database.db
              .selectFrom('commitment_alarm')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );

      const run = runNode('dist/cli/sweep.js', { DATABASE_URL: fresh.url, DATA_DIR: tempDataDir(false) });
      let atKill = 0;
      for (let i = 0; i < 2000 && atKill === 0; i++) {
        atKill = await alarms();
        if (atKill === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      run.child.kill('SIGKILL');
      expect(await run.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const afterKill = await alarms();
      expect(afterKill).toBeGreaterThan(0);
      expect(afterKill).toBeLessThan(cases * 4); // it really died mid-sweep

      const sweep = startCommitmentSweep({ ctx, log: { error: () => undefined }, intervalMs: 3_600_000 });
      const fired = await sweep.runOnce();
      await sweep.stop();
      expect(afterKill + fired).toBe(cases * 4);
      expect(await alarms()).toBe(cases * 4);
      const byType = await database.db
        .selectFrom('case_event')
        .select(['type', (eb) => eb.fn.countAll<string>().as('n')])
        .where('type', 'in', [
          'commitment_reminder',
          'delay_notice_due',
          'commitment_breached',
          'message_sent',
        ])
        .groupBy('type')
        .execute();
      expect(Object.fromEntries(byType.map((r) => [r.type, Number(r.n)]))).toEqual({
        commitment_reminder: cases,
        delay_notice_due: cases,
        commitment_breached: cases,
        message_sent: cases,
      });
      const outbox = await database.db
        .selectFrom('message')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(outbox.n)).toBe(cases * 4);
    } finally {
      await database.close();
      await fresh.drop();
    }
  }, 120_000);
});
