import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxSignal } from '../../src/app/app-state.js';
import type { StaffMember } from '../../src/app/auth/staff-member.js';
import { CASE_COMMANDS } from '../../src/app/case-commands/case-command-table.js';
import { runCaseCommand } from '../../src/app/case-commands/run-case-command.js';
import { takeInCase } from '../../src/app/cases/take-in-case.js';
import type { AppContext } from '../../src/app/context.js';
import { CUSTOMER } from '../../src/domain/actor.js';
import { testContext } from '../support/app-context.js';
import { type TestDatabase, testBackends } from '../support/databases.js';

describe.each(testBackends())('the use case wakes the outbox after it commits, on $name', (backend) => {
  let database: TestDatabase;
  let ctx: AppContext;
  let wakes: { messages: number }[];
  let advisor: StaffMember;

  beforeAll(async () => {
    database = await backend.open();
    const outbox = outboxSignal();
    ctx = testContext(database.db, { clock: () => new Date(), outbox });
    wakes = [];
    // At each wake, what the database holds: the messages must already be committed and visible.
    outbox.onWake(() => {
      void database.db
        .selectFrom('message')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
        .then((row) => wakes.push({ messages: Number(row.n) }));
    });
    const row = await database.db
      .insertInto('staff_user')
      .values({
        email: `advisor-${Date.now()}@provider.example`,
        display_name: 'Ada',
        password_hash: 'x',
        role: 'advisor',
        created_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    advisor = {
      id: row.id,
      email: row.email,
      displayName: 'Ada',
      role: 'advisor',
      teamId: null,
      language: 'en',
    };
  });
  afterAll(async () => {
    await database?.dispose();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

  it('C6 a filing wakes it once its acknowledgement is committed; a refused step does not', async () => {
    const filed = await takeInCase(
      ctx,
      {
        kind: 'complaint',
        language: 'en',
        channel: 'web',
        customer: { name: 'Kim', email: 'kim@example.org', type: 'residential', region: 'ON' },
        service: 'internet',
        category: 'billing',
        description: 'Charged twice.',
        references: [],
        preferredContact: 'email',
      },
      CUSTOMER,
    );
    expect(filed.ok).toBe(true);
    await settle();
    expect(wakes).toHaveLength(1);
    expect(wakes[0]?.messages).toBeGreaterThanOrEqual(1);

    const trackingNumber = filed.ok ? filed.value.trackingNumber : '';
    const refused = await runCaseCommand(
      ctx,
      advisor,
      CASE_COMMANDS.add_note,
      { trackingNumber, expectedVersion: 1 },
      { text: 'A stale note.' },
      'console',
    );
    expect(refused.ok).toBe(false);
    await settle();
    expect(wakes).toHaveLength(1);
  });
});
