import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../src/app/auth/staff-member.js';
import { listCases } from '../../src/app/casework/list-cases.js';
import type { AppContext } from '../../src/app/context.js';
import { getDashboard } from '../../src/app/dashboard/dashboard.js';
import { DeskNotEmptyError, seedDemoDesk } from '../../src/app/setup/demo-desk.js';
import { CASE_STATUSES } from '../../src/domain/case-lifecycle.js';
import { LANGUAGES } from '../../src/domain/language.js';
import { testContext } from '../support/app-context.js';
import { type TestDatabase, testBackends } from '../support/databases.js';

describe.each(testBackends())('the demo desk and the queue on $name', (backend) => {
  let database: TestDatabase;
  let ctx: AppContext;
  let seeded: Awaited<ReturnType<typeof seedDemoDesk>>;
  let head: StaffMember;

  beforeAll(async () => {
    database = await backend.open();
    ctx = testContext(database.db);
    seeded = await seedDemoDesk(ctx);
    const row = await database.db
      .selectFrom('staff_user')
      .selectAll()
      .where('role', '=', 'head_of_support')
      .executeTakeFirstOrThrow();
    head = {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      teamId: null,
      language: 'nl',
    };
  }, 120_000);

  afterAll(async () => {
    await database?.dispose();
  });

  it('seed:demo makes staff for each role and cases in all four languages across every state and level', async () => {
    expect(new Set(seeded.accounts.map((a) => a.role))).toEqual(
      new Set(['admin', 'advisor', 'senior_manager', 'head_of_support']),
    );
    for (const account of seeded.accounts) expect(account.password.length).toBeGreaterThanOrEqual(12);
    const rows = await database.db
      .selectFrom('complaint_case')
      .select(['status', 'language', 'escalation_level'])
      .execute();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(CASE_STATUSES));
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(LANGUAGES));
    expect(new Set(rows.map((r) => r.escalation_level))).toEqual(new Set([1, 2, 3]));
    await expect(seedDemoDesk(ctx)).rejects.toBeInstanceOf(DeskNotEmptyError);
  });

  it('the dashboard’s figures add up on the demo desk (its SQL runs on this engine)', async () => {
    const dashboard = await getDashboard(ctx, head);
    if (!dashboard.ok) throw new Error(JSON.stringify(dashboard.error));
    const d = dashboard.value;
    const open = await database.db
      .selectFrom('complaint_case')
      .select(['status'])
      .where('status', 'in', [
        'received',
        'acknowledged',
        'investigating',
        'waiting_for_customer',
        'outcome_given',
        'escalated',
      ])
      .execute();
    expect(d.open.reduce((sum, o) => sum + o.count, 0)).toBe(open.length);
    expect(d.weeks).toHaveLength(12);
    expect(d.weeks.reduce((sum, w) => sum + w.opened, 0)).toBeLessThanOrEqual(seeded.cases);
    expect(d.firstContactResolution.firstContact).toBeGreaterThanOrEqual(1);
    expect(d.acknowledgement.every((a) => a.medianHours >= 0 && a.p90Hours >= a.medianHours)).toBe(true);
  });

  it('the queue pages by keyset in due order and searches in each case’s language', async () => {
    const all = await listCases(ctx, head, { limit: 200 });
    if (!all.ok) throw new Error(JSON.stringify(all.error));
    expect(all.value.items).toHaveLength(seeded.cases);
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(ctx, head, { limit: 7, ...(cursor ? { cursor } : {}) });
      if (!page.ok) throw new Error(JSON.stringify(page.error));
      walked.push(...page.value.items.map((i) => i.trackingNumber));
      cursor = page.value.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all.value.items.map((i) => i.trackingNumber));

    for (const [q, language] of [
      ['facturation', 'fr'],
      ['rekening', 'nl'],
      ['bollette', 'it'],
      ['charges', 'en'],
    ] as const) {
      const found = await listCases(ctx, head, { q });
      if (!found.ok) throw new Error(JSON.stringify(found.error));
      expect(found.value.items.length, q).toBeGreaterThan(0);
      expect(
        found.value.items.every((i) => i.language === language),
        q,
      ).toBe(true);
    }
    const escalated = await listCases(ctx, head, { view: 'escalated' });
    expect(escalated.ok && escalated.value.items.every((i) => i.status === 'escalated')).toBe(true);
    const overdue = await listCases(ctx, head, { overdue: true, kind: 'complaint', status: 'acknowledged' });
    expect(overdue.ok).toBe(true);
  });
});
