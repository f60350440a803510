import { randomInt, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeInCase } from '../../src/app/cases/take-in-case.js';
import type { AppContext } from '../../src/app/context.js';
import { CUSTOMER } from '../../src/domain/actor.js';
import type { CaseSubmission } from '../../src/domain/complaint.js';
import { statementSize } from '../../src/store/case-intake.js';
import { testContext } from '../support/app-context.js';
import { type TestDatabase, testBackends } from '../support/databases.js';

function filing(n: number, extra: Partial<CaseSubmission> = {}): CaseSubmission {
  return {
    kind: n % 3 === 0 ? 'inquiry' : 'complaint',
    language: 'en',
    channel: 'web',
    customer: { name: `Customer ${n}`, email: `customer${n}@example.org`, type: 'residential', region: 'ON' },
    service: 'internet',
    category: 'billing',
    description: `Filing number ${n}`,
    references: [],
    preferredContact: 'email',
    ...extra,
  };
}

describe('filings shared among statements', () => {
  it('C6 filings waiting are shared evenly among the free connections, never fewer than 5 a statement', () => {
    expect(statementSize(1, 6)).toBe(1);
    expect(statementSize(9, 6)).toBe(9); // not enough for two statements of 5
    expect(statementSize(10, 6)).toBe(5);
    expect(statementSize(40, 6)).toBe(7); // six statements: 7, 7, 7, 7, 7, 5
    expect(statementSize(40, 2)).toBe(20);
    expect(statementSize(400, 6)).toBe(50); // a statement stays small enough to plan quickly
  });

  it('C6 with one statement free, every filing waiting goes in it', () => {
    expect(statementSize(40, 1)).toBe(40);
    expect(statementSize(80, 1)).toBe(50);
  });
});

describe.each(testBackends())('filings that arrive together, on $name', (backend) => {
  let database: TestDatabase;
  let ctx: AppContext;
  beforeAll(async () => {
    database = await backend.open();
    ctx = testContext(database.db, { clock: () => new Date() });
  });
  afterAll(async () => {
    await database?.dispose();
  });

  /** How many statements have written cases so far (PostgreSQL counts them for us). */
  async function caseStatements(): Promise<number> {
    const stats = await sql<{ n: number | string }>`
      SELECT count(DISTINCT xmin::text)::int AS n FROM complaint_case`.execute(database.db);
    return Number(stats.rows[0]?.n ?? 0);
  }

  it('C6 forty filings at once are all stored whole — case, events in order, acknowledgement — in fewer statements', async () => {
    const before = await caseStatements();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) => takeInCase(ctx, filing(n), CUSTOMER)),
    );
    const numbers = results.map((r) => (r.ok ? r.value.trackingNumber : 'failed'));
    expect(numbers).not.toContain('failed');
    expect(new Set(numbers).size).toBe(40);

    const stored = await sql<{
      tracking_number: string;
      description: string;
      events: string[];
      messages: number;
    }>`
      SELECT c.tracking_number, c.description,
             array(SELECT e.type FROM case_event e WHERE e.case_id = c.id ORDER BY e.id) AS events,
             (SELECT count(*) FROM message m WHERE m.case_id = c.id)::int AS messages
      FROM complaint_case c WHERE c.tracking_number = ANY(${numbers})`.execute(database.db);
    expect(stored.rows).toHaveLength(40);
    for (const row of stored.rows) {
      expect(row.events).toEqual(['case_received', 'case_acknowledged']);
      expect(row.messages).toBe(1);
    }
    // Each filing kept its own words (no row got another filing's values).
    const byNumber = new Map(stored.rows.map((r) => [r.tracking_number, r.description]));
    results.forEach((r, n) => {
      if (r.ok) expect(byNumber.get(r.value.trackingNumber)).toBe(`Filing number ${n}`);
    });
    // One transaction id per statement: at least one statement carried several filings.
    const statements = (await caseStatements()) - before;
    expect(statements).toBeGreaterThanOrEqual(1);
    expect(statements).toBeLessThan(40);
  });

  it('C3 C6 filings with history, earlier cases and idempotency keys go in the same statements as bare ones, each whole', async () => {
    const earlier = await takeInCase(ctx, filing(400), CUSTOMER);
    if (!earlier.ok) throw new Error('no earlier case');
    const before = await caseStatements();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        takeInCase(
          ctx,
          filing(
            500 + n,
            n % 3 === 0
              ? {}
              : { history: `History ${n}`, references: [earlier.value.trackingNumber, 'OLD-123'] },
          ),
          CUSTOMER,
          n % 2 === 0 ? { key: `key-${n}-${randomUUID()}`, requestHash: `hash-${n}` } : undefined,
        ),
      ),
    );
    const numbers = results.map((r) => (r.ok ? r.value.trackingNumber : 'failed'));
    expect(numbers).not.toContain('failed');
    const statements = (await caseStatements()) - before;
    expect(statements).toBeLessThan(30); // the shapes were not written one by one
    const stored = await sql<{
      tracking_number: string;
      history: string | null;
      refs: string[];
      linked: number;
      keys: number;
    }>`
      SELECT c.tracking_number, c.history,
             array(SELECT r.reference FROM case_reference r WHERE r.case_id = c.id ORDER BY r.position) AS refs,
             (SELECT count(*) FROM case_reference r WHERE r.case_id = c.id AND r.referenced_case_id IS NOT NULL)::int AS linked,
             (SELECT count(*) FROM idempotency_record k WHERE k.response_body->>'trackingNumber' = c.tracking_number)::int AS keys
      FROM complaint_case c WHERE c.tracking_number = ANY(${numbers})`.execute(database.db);
    const byNumber = new Map(stored.rows.map((row) => [row.tracking_number, row]));
    numbers.forEach((number, n) => {
      const row = byNumber.get(number);
      expect(row?.history).toBe(n % 3 === 0 ? null : `History ${n}`);
      expect(row?.refs).toEqual(n % 3 === 0 ? [] : [earlier.value.trackingNumber, 'OLD-123']);
      expect(row?.linked).toBe(n % 3 === 0 ? 0 : 1); // the real case is linked; the unknown number keeps its text
      expect(row?.keys).toBe(n % 2 === 0 ? 1 : 0);
    });
  });

  it('C6 two requests with one idempotency key in the same moment make one case, and both get its answer', async () => {
    const key = { key: `same-${randomUUID()}`, requestHash: 'same-body' };
    const [a, b, c] = await Promise.all([
      takeInCase(ctx, filing(600), CUSTOMER, key),
      takeInCase(ctx, filing(600), CUSTOMER, key),
      takeInCase(ctx, filing(601), CUSTOMER), // shares the statement, and is stored whatever happens to the others
    ]);
    if (!a?.ok || !b?.ok || !c?.ok) throw new Error('a filing failed');
    expect(a.value.trackingNumber).toBe(b.value.trackingNumber);
    const made = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM complaint_case WHERE description = 'Filing number 600'`.execute(
      database.db,
    );
    expect(made.rows[0]?.n).toBe(1);
  });

  it('C6 a filing the database refuses fails alone; the others in its statement are stored', async () => {
    const good = Array.from({ length: 5 }, (_, n) => takeInCase(ctx, filing(100 + n), CUSTOMER));
    const now = new Date();
    // A row no use case would write (a language the database does not know), queued among them.
    const refused = ctx.intake.add({
      values: {
        id: randomUUID(),
        trackingNumber: 'RDX-2222-2222',
        kind: 'complaint',
        status: 'received',
        escalationLevel: 1,
        remedyPromised: false,
        channel: 'web',
        language: 'xx' as 'en',
        receivedAt: now,
        recordedAt: now,
        version: 1,
      },
      origin: { actor: CUSTOMER, channel: 'web', at: now },
      events: [{ caseVersion: 1, type: 'case_received', data: {} }],
    });
    const more = Array.from({ length: 5 }, (_, n) => takeInCase(ctx, filing(200 + n), CUSTOMER));
    await expect(refused).rejects.toThrow(/language/);
    const results = await Promise.all([...good, ...more]);
    expect(results.every((r) => r.ok)).toBe(true);
    const count = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM complaint_case WHERE description LIKE 'Filing number 1__' OR description LIKE 'Filing number 2__'`.execute(
      database.db,
    );
    expect(count.rows[0]?.n).toBe(10);
    const orphan = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM complaint_case WHERE tracking_number = 'RDX-2222-2222'`.execute(
      database.db,
    );
    expect(orphan.rows[0]?.n).toBe(0);
  });

  it('C6 two filings that draw the same tracking number in one statement both get a number of their own', async () => {
    // The first two numbers drawn are the same (7 random characters each); later draws are random.
    let draws = 0;
    const rigged: AppContext = {
      ...ctx,
      randomIndex: (n) => (draws++ < 14 ? draws % 7 : randomInt(n)) % n,
    };
    const [a, b] = await Promise.all([
      takeInCase(rigged, filing(300), CUSTOMER),
      takeInCase(rigged, filing(301), CUSTOMER),
    ]);
    expect(a?.ok && b?.ok).toBe(true);
    if (a?.ok && b?.ok) expect(a.value.trackingNumber).not.toBe(b.value.trackingNumber);
    expect(draws).toBe(21); // a third number was drawn, for the filing that lost
  });
});
