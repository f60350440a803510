import { sql } from 'kysely';
import type { CaseStatus } from '../domain/case-lifecycle.js';
import type { Db } from './database.js';

const CLOSED_STATUSES = [
  'closed',
  'outcome_accepted',
  'remedy_carried_out',
  'referred_to_ombudsman',
  'resolved_at_first_contact',
  'final_response_given',
] as const;

/** Open cases (something still owed) by status and escalation level. */
export async function openCasesByStatusAndLevel(db: Db) {
  const rows = await db
    .selectFrom('complaint_case')
    .select(['status', 'escalation_level', (eb) => eb.fn.countAll<string>().as('n')])
    .where('status', 'not in', [...CLOSED_STATUSES])
    .groupBy(['status', 'escalation_level'])
    .orderBy('status')
    .orderBy('escalation_level')
    .execute();
  return rows.map((r) => ({ status: r.status as CaseStatus, level: r.escalation_level, count: Number(r.n) }));
}

/** Open cases due today and overdue (by the queue's date: the earliest owed). */
export async function dueCounts(db: Db, today: string) {
  const row = await db
    .selectFrom('complaint_case')
    .select([
      sql<string>`count(*) filter (where due_on = ${today}::date)`.as('due_today'),
      sql<string>`count(*) filter (where due_on < ${today}::date)`.as('overdue'),
    ])
    .where('status', 'not in', [...CLOSED_STATUSES])
    .executeTakeFirstOrThrow();
  return { dueToday: Number(row.due_today), overdue: Number(row.overdue) };
}

/** Open cases with at least one promise missed (a breach recorded by the sweep). */
export async function openCasesWithBreach(db: Db): Promise<number> {
  const row = await db
    .selectFrom('complaint_case as c')
    .select((eb) => eb.fn.count<string>('c.id').distinct().as('n'))
    .innerJoin('commitment_alarm as a', 'a.case_id', 'c.id')
    .where('a.kind', '=', 'breach')
    .where('c.status', 'not in', [...CLOSED_STATUSES])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Of the cases received since `since`: how many, how many solved at first contact (C5). */
export async function firstContactResolution(db: Db, since: Date) {
  const row = await db
    .selectFrom('complaint_case')
    .select([
      (eb) => eb.fn.countAll<string>().as('total'),
      sql<string>`count(*) filter (where resolved_at_first_contact)`.as('first_contact'),
    ])
    .where('received_at', '>=', since)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), firstContact: Number(row.first_contact) };
}

/** Hours from receipt to acknowledgement (C6), by channel: letters are acknowledged days after they arrive. */
export async function acknowledgementHours(db: Db, since: Date) {
  const rows = await db
    .selectFrom('complaint_case')
    .select([
      'channel',
      (eb) => eb.fn.countAll<string>().as('n'),
      sql<number>`percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - received_at) / 3600)`.as(
        'median',
      ),
      sql<number>`percentile_cont(0.9) within group (order by extract(epoch from acknowledged_at - received_at) / 3600)`.as(
        'p90',
      ),
    ])
    .where('acknowledged_at', 'is not', null)
    .where('received_at', '>=', since)
    .groupBy('channel')
    .orderBy('channel')
    .execute();
  return rows.map((r) => ({
    channel: r.channel,
    count: Number(r.n),
    medianHours: Number(r.median),
    p90Hours: Number(r.p90),
  }));
}

/** Per week (Monday, UTC) since `since`: cases opened, answered (outcome, final response, solved at once), breaches. */
export async function weeklyFigures(db: Db, since: Date) {
  const week = (column: string) => sql<string>`to_char(date_trunc('week', ${sql.ref(column)}), 'YYYY-MM-DD')`;
  const [opened, resolved, breached] = await Promise.all([
    db
      .selectFrom('complaint_case')
      .select([week('received_at').as('week'), (eb) => eb.fn.countAll<string>().as('n')])
      .where('received_at', '>=', since)
      .groupBy(sql`1`)
      .execute(),
    db
      .selectFrom('case_event')
      .select([week('occurred_at').as('week'), (eb) => eb.fn.countAll<string>().as('n')])
      .where('type', 'in', ['outcome_given', 'final_response_given', 'resolved_at_first_contact'])
      .where('occurred_at', '>=', since)
      .groupBy(sql`1`)
      .execute(),
    db
      .selectFrom('commitment_alarm')
      .select([week('fired_at').as('week'), (eb) => eb.fn.countAll<string>().as('n')])
      .where('kind', '=', 'breach')
      .where('fired_at', '>=', since)
      .groupBy(sql`1`)
      .execute(),
  ]);
  const byWeek = (rows: { week: string; n: string }[]) => new Map(rows.map((r) => [r.week, Number(r.n)]));
  return { opened: byWeek(opened), resolved: byWeek(resolved), breached: byWeek(breached) };
}
