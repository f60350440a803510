import { sql } from 'kysely';
import type { Db } from './database.js';

/** Counts one hit in a fixed window, shared by every instance; returns the window's count so far. */
export async function countHit(db: Db, bucket: string, windowStart: Date): Promise<number> {
  const row = await db
    .insertInto('rate_limit_counter')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((oc) =>
      oc.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limit_counter.hits + 1` }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

/** Forgets windows that ended before `before`. */
export async function forgetOldCounters(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('rate_limit_counter').where('window_start', '<', before).execute();
}
