import { randomBytes } from 'node:crypto';
import type { Db } from '../../store/database.js';

const NAME = 'session_secret';

/**
 * The key that signs cookies and links. Taken from SESSION_SECRET when set; otherwise made once
 * and kept in the database, where every instance sharing it finds the same one. Of two instances
 * starting together, the first insert wins and both read it back.
 */
export async function ensureSessionSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('app_secret')
    .values({ name: NAME, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secret')
    .select('value')
    .where('name', '=', NAME)
    .executeTakeFirstOrThrow();
  return row.value;
}
