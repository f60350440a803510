import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Runs of the same text after which a server keeps its plan (pgjdbc's `prepareThreshold` is 5 too). */
const PREPARE_AFTER = 5;
/**
 * Distinct texts counted, at most: texts that differ only in the length of an `IN (…)` list would
 * otherwise grow the counts without end. Those counted stay; the rest are simply never prepared.
 */
const TEXTS_COUNTED = 2_000;
/** Named statements per connection, at most (each holds a plan in the server's memory). */
const NAMED_AT_MOST = 500;

/**
 * Every statement passes through here, and its failures are reported to `onError` (the storage's
 * health watches for a full disk). With `prepare` on, the statements an instance runs again and
 * again (intake, the outbox, the queue's reads) are parsed and planned by the server once per
 * connection instead of on every run: after a text has been run a few times, it goes as a named
 * prepared statement. For the intake statement
 * that is about a quarter of the server's work per statement (measured: 0.95 → 0.68 ms of CPU).
 *
 * Only statements with parameters are named; those without (BEGIN, COMMIT, migrations of several
 * statements) keep the simple protocol. node-postgres remembers per connection which names it has
 * prepared, and the server re-plans a prepared statement by itself when a table it reads changes;
 * only if the columns a statement returns have changed does the server refuse it, and then that
 * text goes unnamed from then on.
 */
export function observedPool(
  pool: pg.Pool,
  options: { prepare: boolean; onError: (error: unknown) => void },
): PostgresPool {
  const statements = options.prepare ? new StatementNames() : undefined;
  return {
    async connect() {
      try {
        return new ObservedClient(await pool.connect(), statements, options.onError);
      } catch (error) {
        options.onError(error);
        throw error;
      }
    },
    end: () => pool.end(),
  };
}

class StatementNames {
  private readonly runs = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private readonly neverAgain = new Set<string>();
  private named = 0;

  /** The name to run this text under, once it has been run often enough to be worth preparing. */
  nameFor(text: string): string | undefined {
    const name = this.names.get(text);
    if (name || this.names.size >= NAMED_AT_MOST || this.neverAgain.has(text)) return name;
    const runs = (this.runs.get(text) ?? 0) + 1;
    if (runs < PREPARE_AFTER) {
      if (runs > 1 || this.runs.size < TEXTS_COUNTED) this.runs.set(text, runs);
      return undefined;
    }
    this.runs.delete(text);
    this.named += 1;
    const named = `redress_${this.named}`;
    this.names.set(text, named);
    return named;
  }

  /** This text goes unnamed from now on, on every connection. */
  forget(text: string): void {
    this.names.delete(text);
    this.neverAgain.add(text);
  }
}

/**
 * The server refuses a prepared statement whose result columns changed since it was prepared, e.g.
 * a `SELECT *` after another instance's migration added a column (a rolling upgrade).
 */
function isStalePlan(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === '0A000' &&
    error.message.includes('cached plan must not change result type')
  );
}

/** A pooled connection whose failed statements are reported, and which names frequent ones. */
class ObservedClient implements PostgresPoolClient {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly statements: StatementNames | undefined,
    private readonly onError: (error: unknown) => void,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // Kysely streams only with a cursor configured, and this project configures none.
    if (typeof sqlOrCursor !== 'string') throw new Error('cursors are not used with this pool');
    // Kysely hands over a fresh array per query, which node-postgres only reads: no copy needed.
    const values = (parameters ?? []) as unknown[];
    const name = values.length > 0 ? this.statements?.nameFor(sqlOrCursor) : undefined;
    const run = (named: string | undefined) =>
      this.client.query(
        named ? { name: named, text: sqlOrCursor, values } : { text: sqlOrCursor, values },
      ) as unknown as Promise<PostgresQueryResult<R>>;
    const reported = (error: unknown): never => {
      this.onError(error);
      throw error;
    };
    if (!name) return run(undefined).catch(reported);
    return run(name)
      .catch((error: unknown) => {
        if (!isStalePlan(error)) throw error;
        this.statements?.forget(sqlOrCursor);
        // Outside a transaction nothing was undone by the refusal, so the statement can simply run
        // again unnamed; inside one, the transaction has failed and its owner sees the error.
        if (this.client.getTransactionStatus() !== 'I') throw error;
        return run(undefined);
      })
      .catch(reported);
  }

  release(): void {
    this.client.release();
  }
}
