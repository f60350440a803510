import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { type CommitmentSweep, startCommitmentSweep } from '../../src/jobs/commitment-sweep.js';
import { migrate } from '../../src/store/migrate.js';
import { manualClock, testContext } from '../support/app-context.js';
import { openUrl, type TestDatabase, testBackends } from '../support/databases.js';
import { dueCase, teamWithManager } from '../support/due-cases.js';

const quiet = { error: () => undefined };

async function eventTypes(ctx: AppContext, caseId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('case_event')
    .select('type')
    .where('case_id', '=', caseId)
    .where('actor_type', '=', 'system')
    .where('type', 'not in', ['case_received', 'case_acknowledged'])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.type);
}

async function outboxOf(ctx: AppContext, caseId: string) {
  return ctx.db
    .selectFrom('message')
    .select(['recipient', 'template', 'payload'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

describe.each(testBackends())('C7 C8 C9 the commitment sweep on $name', (backend) => {
  let database: TestDatabase;
  let ctx: AppContext;
  let sweep: CommitmentSweep;
  const clock = manualClock('2026-12-01T15:00:00Z');
  const at = (iso: string) => clock.advance(new Date(iso).getTime() - clock().getTime());

  beforeAll(async () => {
    database = await backend.open();
    ctx = testContext(database.db, { clock });
    sweep = startCommitmentSweep({ ctx, log: quiet, intervalMs: 3_600_000 });
  });
  afterAll(async () => {
    await sweep?.stop();
    await database?.dispose();
  });

  it('C7 C8 moving the clock fires every reminder, task, breach and notice once, to the right people', async () => {
    const { owner, manager } = await teamWithManager(database.db);
    const row = await dueCase(ctx, {
      expectedResponseBy: '2026-12-04',
      nextUpdateBy: '2026-12-02',
      ownerId: owner.id,
    });
    const fired = async (iso: string) => {
      at(iso);
      return sweep.runOnce();
    };

    expect(await fired('2026-12-01T15:00:00Z')).toBe(0);
    expect(await fired('2026-12-02T06:00:00Z')).toBe(1); // update reminder, 24 h before the end of 2 Dec
    expect(await eventTypes(ctx, row.id)).toEqual(['commitment_reminder']);
    // The update was missed; Thursday 3 Dec is the business day before the expected date.
    expect(await fired('2026-12-03T06:00:00Z')).toBe(3);
    expect(await fired('2026-12-03T07:00:00Z')).toBe(0); // again: nothing twice
    const moved = await ctx.db
      .selectFrom('complaint_case')
      .select(['next_update_by', 'version'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(moved.next_update_by).toBe('2026-12-10'); // 5 business days on: the cadence goes on
    expect(await fired('2026-12-05T06:00:00Z')).toBe(3); // the response: reminder, breach, customer notice
    expect(await fired('2026-12-06T06:00:00Z')).toBe(0);

    expect((await eventTypes(ctx, row.id)).sort()).toEqual(
      [
        'commitment_reminder',
        'commitment_breached',
        'message_sent',
        'delay_notice_due',
        'commitment_reminder',
        'commitment_breached',
        'message_sent',
      ].sort(),
    );
    const mail = await outboxOf(ctx, row.id);
    const to = (who: string) => mail.filter((m) => m.recipient === who);
    expect(to(owner.email).map((m) => m.payload.kind)).toEqual(['reminder', 'delay_task', 'reminder']);
    expect(to(manager.email).map((m) => m.payload.kind)).toEqual(['breach', 'breach']);
    expect(to('kim@example.org').map((m) => (m.payload.message as { template: string }).template)).toEqual([
      'automatic_progress_notice',
      'automatic_delay_notice',
    ]);
  });

  it('C8 a case whose outcome was given, or that is closed, is left alone', async () => {
    at('2026-12-20T12:00:00Z');
    const before = await sweep.runOnce();
    expect(before).toBeGreaterThanOrEqual(0);
    const { owner } = await teamWithManager(database.db);
    const row = await dueCase(ctx, {
      expectedResponseBy: '2026-12-01',
      nextUpdateBy: null,
      ownerId: owner.id,
    });
    await ctx.db
      .updateTable('complaint_case')
      .set({ status: 'outcome_given' })
      .where('id', '=', row.id)
      .execute();
    expect(await sweep.runOnce()).toBe(0);
    expect(await eventTypes(ctx, row.id)).toEqual([]);
  });
});

describe.each(testBackends())('C7 C8 exactly once across instances sharing $name PostgreSQL', (server) => {
  it('two sweeps running at once on two connections fire each alarm once', async () => {
    const fresh = await server.freshUrl();
    const first = await openUrl(fresh.url);
    const second = await openUrl(fresh.url);
    try {
      await migrate(first.db);
      const clock = manualClock('2026-12-10T15:00:00Z');
      const one = testContext(first.db, { clock });
      const two = testContext(second.db, { clock });
      const { owner } = await teamWithManager(first.db);
      const cases = 120;
      for (let i = 0; i < cases; i++)
        await dueCase(one, { expectedResponseBy: '2026-12-04', nextUpdateBy: null, ownerId: owner.id });
      const sweeps = [one, two].map((ctx) =>
        startCommitmentSweep({ ctx, log: quiet, intervalMs: 3_600_000, batchSize: 7 }),
      );
      const fired = await Promise.all([...sweeps, ...sweeps].map((s) => s.runOnce()));
      await Promise.all(sweeps.map((s) => s.stop()));
      // reminder, delay task, breach and the customer's notice, per case
      expect((fired[0] ?? 0) + (fired[1] ?? 0)).toBe(cases * 4);
      const count = async (table: 'commitment_alarm' | 'case_event' | 'message', type?: string) => {
        let q = first.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n'));
        if (table === 'case_event' && type) q = q.where('type' as never, '=', type as never);
        return Number((await q.executeTakeFirstOrThrow()).n);
      };
      expect(await count('commitment_alarm')).toBe(cases * 4);
      for (const type of ['commitment_reminder', 'delay_notice_due', 'commitment_breached', 'message_sent'])
        expect(await count('case_event', type), type).toBe(cases);
      // the owner: reminder and delay task; the team's senior manager: the breach; the customer: a notice
      expect(await count('message')).toBe(cases * 4);
    } finally {
      await first.close();
      await second.close();
      await fresh.drop();
    }
  });
});
