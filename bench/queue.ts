/**
 * The queue at scale: N cases inserted set-wise (generate_series), then the first page, a page deep
 * in the queue (by cursor), an advisor's page (visibility filter) and searches, timed through the
 * real use case. Keyset paging should cost the same deep in the queue as at its start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { freshDatabase } from '../scripts/fresh-database.js';
import type { StaffMember } from '../src/app/auth/staff-member.js';
import { listCases } from '../src/app/casework/list-cases.js';
import { commandContext } from '../src/cli/app-context.js';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/store/database.js';
import { migrate } from '../src/store/migrate.js';
import { openStorage } from '../src/store/open-storage.js';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

async function fill(db: Db, count: number): Promise<void> {
  // Tracking numbers from the row number in base 31 (unique, valid shape); text in four languages.
  const digit = (k: number) => sql.raw(`substr('${ALPHABET}', ((i / ${31 ** k}) % 31)::int + 1, 1)`);
  await sql`
    INSERT INTO complaint_case (
      tracking_number, kind, status, escalation_level, remedy_promised, channel, language,
      received_at, recorded_at, updated_at, version, customer_name, customer_email, customer_account_number,
      customer_type, customer_region, service, category, description, preferred_contact, calendar_region,
      acknowledged_at, expected_response_by)
    SELECT 'RDX-' || ${digit(7)} || ${digit(6)} || ${digit(5)} || ${digit(4)} || '-' || ${digit(3)} || ${digit(2)} || ${digit(1)} || ${digit(0)},
      CASE WHEN i % 4 = 0 THEN 'inquiry' ELSE 'complaint' END,
      (ARRAY['acknowledged','investigating','waiting_for_customer','outcome_given','closed'])[i % 5 + 1],
      1, false, 'web', (ARRAY['en','fr','nl','it'])[i % 4 + 1],
      now() - (i % 400) * interval '1 day', now() - (i % 400) * interval '1 day', now(), 2,
      'Customer ' || i, 'customer' || i || '@example.org', 'ACC-' || i,
      'residential', 'ON', 'internet', 'billing',
      (ARRAY['I was charged twice for the modem in month ' || i,
             'On m’a facturé deux fois le modem, mois ' || i,
             'Mijn rekening klopt niet, maand ' || i,
             'Doppia fatturazione del modem, mese ' || i])[i % 4 + 1],
      'email', 'ON', now() - (i % 400) * interval '1 day', (current_date - (i % 400) + 14)
    FROM generate_series(1, ${count}) AS i`.execute(db);
}

async function staff(db: Db, role: 'head_of_support' | 'advisor'): Promise<StaffMember> {
  const row = await db
    .insertInto('staff_user')
    .values({
      email: `${role}@bench.example`,
      display_name: role,
      password_hash: 'x',
      role,
      created_at: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, email: row.email, displayName: role, role, teamId: null, language: 'en' };
}

async function timed<T>(work: () => Promise<T>, runs = 5): Promise<{ ms: number; value: T }> {
  let value = await work(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    value = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, value };
}

async function measure(label: string, env: Record<string, string>, count: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-queue-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env });
  const storage = await openStorage(config, { role: 'npm run bench' });
  try {
    const { db } = storage.database;
    await migrate(db);
    const started = performance.now();
    await fill(db, count);
    await sql`ANALYZE complaint_case`.execute(db);
    const fillSeconds = (performance.now() - started) / 1000;
    const ctx = commandContext(config, db);
    const head = await staff(db, 'head_of_support');
    const advisor = await staff(db, 'advisor');
    const first = await timed(() => listCases(ctx, head, { limit: 50 }));
    if (!first.value.ok) throw new Error(JSON.stringify(first.value.error));
    // A cursor half-way down the queue: the row at position count/2 in queue order.
    const middle = await sql<{ due_on: string; id: string }>`
      SELECT due_on::text AS due_on, id FROM complaint_case ORDER BY due_on, id OFFSET ${Math.floor(count / 2)} LIMIT 1`.execute(
      db,
    );
    const m = middle.rows[0];
    const cursor = Buffer.from(JSON.stringify([m?.due_on, m?.id])).toString('base64url');
    const deep = await timed(() => listCases(ctx, head, { limit: 50, cursor }));
    const advisorPage = await timed(() => listCases(ctx, advisor, { limit: 50 }));
    const exact = await timed(() =>
      listCases(ctx, head, { q: `customer${Math.floor(count / 3)}@example.org` }),
    );
    const words = await timed(() => listCases(ctx, head, { q: 'facturation modem', limit: 50 }));
    console.log(`\n${label}: ${count.toLocaleString('en')} cases (inserted in ${fillSeconds.toFixed(1)} s)`);
    console.log(`  first page of 50, soonest due      : ${first.ms.toFixed(1)} ms`);
    console.log(`  page of 50 half-way (by cursor)    : ${deep.ms.toFixed(1)} ms`);
    console.log(`  advisor's first page (visibility)  : ${advisorPage.ms.toFixed(1)} ms`);
    console.log(`  search by exact email              : ${exact.ms.toFixed(1)} ms`);
    console.log(`  full-text search, 50 results       : ${words.ms.toFixed(1)} ms`);
  } finally {
    await storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function queueBenchmark(): Promise<void> {
  console.log('The queue at scale (median of 5 runs, through the listCases use case)');
  await measure('Embedded PostgreSQL', {}, Number(process.env.BENCH_QUEUE_EMBEDDED ?? 100_000));
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    console.log('\nPostgreSQL server: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    return;
  }
  const fresh = await freshDatabase(serverUrl, 'redress_bench');
  try {
    await measure(
      'PostgreSQL server',
      { DATABASE_URL: fresh.url },
      Number(process.env.BENCH_QUEUE_SERVER ?? 1_000_000),
    );
  } finally {
    await fresh.drop();
  }
}
