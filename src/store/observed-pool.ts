import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * The pool Kysely draws its connections from, with every failure reported to `onError` on its way
 * to the caller: the storage's health watches for a full disk, which no single use case would
 * notice is not its own problem.
 *
 * (Statements run often used to go as named prepared statements here; measured on the realistic
 * filing mix that was worth 7 %, under the 15 % an optimisation must pay, so it went.)
 */
export function observedPool(pool: pg.Pool, onError: (error: unknown) => void): PostgresPool {
  return {
    async connect() {
      try {
        return new ObservedClient(await pool.connect(), onError);
      } catch (error) {
        onError(error);
        throw error;
      }
    },
    end: () => pool.end(),
  };
}

class ObservedClient implements PostgresPoolClient {
  constructor(
    private readonly client: pg.PoolClient,
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
    return (
      this.client.query({ text: sqlOrCursor, values }) as unknown as Promise<PostgresQueryResult<R>>
    ).catch((error: unknown) => {
      this.onError(error);
      throw error;
    });
  }

  release(): void {
    this.client.release();
  }
}
