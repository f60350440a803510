import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/store/database.js';
import { testBackends } from '../support/databases.js';

describe.each(testBackends())('statements run again and again, on $name PostgreSQL', (server) => {
  /** One connection (a pool of one), so what the session has prepared can be read back. */
  async function withOneConnection(test: (db: Db) => Promise<void>, preparedStatements = true) {
    const fresh = await server.freshUrl();
    const database = await openDatabase({
      connection: { connectionString: fresh.url },
      poolSize: 1,
      preparedStatements,
    });
    try {
      await test(database.db);
    } finally {
      await database.close();
      await fresh.drop();
    }
  }

  const prepared = async (db: Db) =>
    (
      await sql<{
        statement: string;
      }>`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`.execute(db)
    ).rows.map((row) => row.statement);

  it('C6 a statement with parameters is prepared once it has run a few times, and keeps answering rightly', async () => {
    await withOneConnection(async (db) => {
      const answers: number[] = [];
      for (let i = 0; i < 8; i++) {
        const { rows } = await sql<{ n: number }>`SELECT ${i}::int * 10 AS n`.execute(db);
        answers.push(rows[0]?.n ?? -1);
      }
      expect(answers).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
      expect(await prepared(db)).toEqual(['SELECT $1::int * 10 AS n']);
    });
  });

  it('C6 a statement without parameters is never prepared, and few runs are not either', async () => {
    await withOneConnection(async (db) => {
      for (let i = 0; i < 8; i++) await sql`SELECT 1`.execute(db);
      for (let i = 0; i < 3; i++) await sql`SELECT ${i}::int AS rare`.execute(db);
      expect(await prepared(db)).toEqual([]);
    });
  });

  it('C6 with DATABASE_PREPARED_STATEMENTS=off nothing is prepared, however often it runs', async () => {
    await withOneConnection(async (db) => {
      for (let i = 0; i < 8; i++) await sql`SELECT ${i}::int * 10 AS n`.execute(db);
      expect(await prepared(db)).toEqual([]);
    }, false);
  });

  it('C6 a prepared SELECT * whose table gained a column (another instance migrated) answers with the new columns', async () => {
    await withOneConnection(async (db) => {
      await sql`CREATE TABLE probe (id int PRIMARY KEY)`.execute(db);
      await sql`INSERT INTO probe VALUES (1)`.execute(db);
      const read = () => sql<Record<string, unknown>>`SELECT * FROM probe WHERE id = ${1}`.execute(db);
      for (let i = 0; i < 6; i++) await read();
      expect(await prepared(db)).toEqual(['SELECT * FROM probe WHERE id = $1']);
      await sql`ALTER TABLE probe ADD COLUMN added_later text DEFAULT 'new'`.execute(db);
      expect((await read()).rows).toEqual([{ id: 1, added_later: 'new' }]);
      // From then on the text goes unnamed, so later changes are seen as they come.
      await sql`ALTER TABLE probe ADD COLUMN added_again int DEFAULT 2`.execute(db);
      expect((await read()).rows).toEqual([{ id: 1, added_later: 'new', added_again: 2 }]);
    });
  });

  it('C6 inside a transaction the refusal fails that transaction only; the next run answers', async () => {
    await withOneConnection(async (db) => {
      await sql`CREATE TABLE probe (id int PRIMARY KEY)`.execute(db);
      await sql`INSERT INTO probe VALUES (1)`.execute(db);
      const read = (on: Db) => sql<Record<string, unknown>>`SELECT * FROM probe WHERE id = ${1}`.execute(on);
      for (let i = 0; i < 6; i++) await read(db);
      await sql`ALTER TABLE probe ADD COLUMN added_later text DEFAULT 'new'`.execute(db);
      await expect(db.transaction().execute((trx) => read(trx))).rejects.toThrow(/cached plan/);
      expect((await read(db)).rows).toEqual([{ id: 1, added_later: 'new' }]);
    });
  });

  it('C6 a prepared statement still works after its table changes (the server plans it again)', async () => {
    await withOneConnection(async (db) => {
      await sql`CREATE TABLE probe (id int PRIMARY KEY, note text)`.execute(db);
      const insert = (id: number) =>
        sql`INSERT INTO probe (id, note) VALUES (${id}, ${`note ${id}`})`.execute(db);
      for (let id = 1; id <= 6; id++) await insert(id);
      await sql`ALTER TABLE probe ADD COLUMN added_later text, ADD CONSTRAINT probe_id_small CHECK (id < 100)`.execute(
        db,
      );
      await insert(7);
      await expect(insert(100)).rejects.toThrow(/probe_id_small/);
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM probe`.execute(db);
      expect(rows[0]?.n).toBe(7);
    });
  });
});
