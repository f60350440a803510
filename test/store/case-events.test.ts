import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLifecycleChange } from '../../src/app/cases/apply-lifecycle-command.js';
import { openCase } from '../../src/app/cases/open-case.js';
import type { AppContext } from '../../src/app/context.js';
import { CUSTOMER, SYSTEM } from '../../src/domain/actor.js';
import { parseTrackingNumber } from '../../src/domain/tracking-number.js';
import { eventsOfCase, findCase } from '../../src/store/case-store.js';
import { manualClock, testContext } from '../support/app-context.js';
import { type TestDatabase, testBackends } from '../support/databases.js';

describe.each(testBackends())('cases and their events on $name', (backend) => {
  let database: TestDatabase;
  let ctx: AppContext;
  beforeAll(async () => {
    database = await backend.open();
    ctx = testContext(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('C6 a new case gets a valid tracking number and its first event in one transaction', async () => {
    const row = await openCase(ctx, { kind: 'complaint', channel: 'web', language: 'fr' }, CUSTOMER);
    expect(parseTrackingNumber(row.trackingNumber)).toEqual({ ok: true, value: row.trackingNumber });
    expect(row).toMatchObject({ status: 'received', escalationLevel: 1, version: 1, language: 'fr' });
    const events = await eventsOfCase(database.db, row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'case_received',
      actorType: 'customer',
      channel: 'web',
      caseVersion: 1,
    });
  });

  it('C2 a letter keeps the day it arrived as its receipt, not the day it was typed in', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const arrived = new Date('2026-11-16T09:00:00Z');
    const row = await openCase(
      { ...ctx, clock },
      { kind: 'complaint', channel: 'letter', language: 'en', receivedAt: arrived },
      SYSTEM,
    );
    expect(row.receivedAt.toISOString()).toBe(arrived.toISOString());
    expect(row.recordedAt.toISOString()).toBe('2026-11-20T15:00:00.000Z');
  });

  it('each lifecycle change writes the new state and its events together, with who, when and channel', async () => {
    const row = await openCase(ctx, { kind: 'complaint', channel: 'phone', language: 'en' }, SYSTEM);
    const acknowledged = await applyLifecycleChange(
      ctx,
      { trackingNumber: row.trackingNumber, command: { type: 'acknowledge' }, expectedVersion: 1 },
      SYSTEM,
      'system',
    );
    expect(acknowledged.ok && acknowledged.value).toMatchObject({ status: 'acknowledged', version: 2 });
    const escalated = await applyLifecycleChange(
      ctx,
      {
        trackingNumber: row.trackingNumber,
        command: { type: 'request_escalation', level: 3 },
        details: { reason: 'Nobody called back' },
      },
      CUSTOMER,
      'web',
    );
    expect(escalated.ok && escalated.value).toMatchObject({
      status: 'escalated',
      escalationLevel: 3,
      version: 3,
    });
    const events = await eventsOfCase(database.db, row.id);
    expect(events.map((e) => [e.type, e.caseVersion, e.actorType, e.channel])).toEqual([
      ['case_received', 1, 'system', 'phone'],
      ['case_acknowledged', 2, 'system', 'system'],
      ['escalated', 3, 'customer', 'web'],
    ]);
    expect(events[2]?.data).toEqual({ fromLevel: 1, toLevel: 3, reason: 'Nobody called back' });
  });

  it('a refused transition changes nothing and is reported as a typed error', async () => {
    const row = await openCase(ctx, { kind: 'inquiry', channel: 'chat', language: 'it' }, SYSTEM);
    const result = await applyLifecycleChange(
      ctx,
      { trackingNumber: row.trackingNumber, command: { type: 'close' } },
      SYSTEM,
      'system',
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'LIFECYCLE',
        error: { code: 'ILLEGAL_TRANSITION', command: 'close', caseStatus: 'received' },
      },
    });
    expect(await findCase(database.db, row.trackingNumber)).toMatchObject({
      status: 'received',
      version: 1,
    });
    expect(await eventsOfCase(database.db, row.id)).toHaveLength(1);
  });

  it('a change based on an old version is refused with the events since, and nothing is lost', async () => {
    const row = await openCase(ctx, { kind: 'complaint', channel: 'email', language: 'nl' }, SYSTEM);
    const change = {
      trackingNumber: row.trackingNumber,
      command: { type: 'acknowledge' as const },
      expectedVersion: 1,
    };
    expect((await applyLifecycleChange(ctx, change, SYSTEM, 'system')).ok).toBe(true);
    const stale = await applyLifecycleChange(
      ctx,
      { trackingNumber: row.trackingNumber, command: { type: 'start_investigation' }, expectedVersion: 1 },
      SYSTEM,
      'console',
    );
    expect(stale.ok).toBe(false);
    if (!stale.ok && stale.error.code === 'VERSION_CONFLICT') {
      expect(stale.error.currentVersion).toBe(2);
      expect(stale.error.eventsSince.map((e) => e.type)).toEqual(['case_acknowledged']);
    } else {
      throw new Error(`expected a version conflict, got ${JSON.stringify(stale)}`);
    }
  });

  it('concurrent changes to one case queue up: exactly one of two identical commands succeeds', async () => {
    const row = await openCase(ctx, { kind: 'complaint', channel: 'web', language: 'en' }, SYSTEM);
    const acknowledge = () =>
      applyLifecycleChange(
        ctx,
        { trackingNumber: row.trackingNumber, command: { type: 'acknowledge' } },
        SYSTEM,
        'system',
      );
    const results = await Promise.all([acknowledge(), acknowledge()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      (await eventsOfCase(database.db, row.id)).filter((e) => e.type === 'case_acknowledged'),
    ).toHaveLength(1);
  });

  it('C6 a tracking number drawn twice is drawn again: the database constraint decides', async () => {
    // The same seven random symbols twice, then different ones.
    const sequence = [...Array(7).fill(5), ...Array(7).fill(5), ...Array(7).fill(9)];
    let i = 0;
    const repeating = { ...ctx, randomIndex: () => sequence[i++ % sequence.length] as number };
    const first = await openCase(repeating, { kind: 'complaint', channel: 'web', language: 'en' }, SYSTEM);
    const second = await openCase(repeating, { kind: 'complaint', channel: 'web', language: 'en' }, SYSTEM);
    expect(second.trackingNumber).not.toBe(first.trackingNumber);
  });

  it('many cases opened at once all get different numbers', async () => {
    const rows = await Promise.all(
      Array.from({ length: 40 }, () =>
        openCase(ctx, { kind: 'inquiry', channel: 'web', language: 'en' }, CUSTOMER),
      ),
    );
    expect(new Set(rows.map((r) => r.trackingNumber)).size).toBe(40);
  });

  it('the event log is append-only: the database refuses to change or delete history', async () => {
    const row = await openCase(ctx, { kind: 'complaint', channel: 'web', language: 'en' }, CUSTOMER);
    await expect(
      sql`update case_event set type = 'forged' where case_id = ${row.id}`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from case_event where case_id = ${row.id}`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    // CASCADE: past the foreign keys that point at events (messages name theirs), to the trigger.
    await expect(sql`truncate case_event cascade`.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await eventsOfCase(database.db, row.id)).toHaveLength(1);
  });
});
