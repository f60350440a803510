import type { Clock } from '../../domain/clock.js';
import type { Db } from '../../store/database.js';
import { hashPassword } from './password-hashing.js';

export type InitialAdminResult = 'created' | 'exists' | 'not_configured';

/**
 * On first start, INITIAL_ADMIN_EMAIL/PASSWORD become the first admin. Once any admin exists the
 * settings are ignored, so a password changed in the console is never reset by a restart.
 */
export async function ensureInitialAdmin(
  db: Db,
  clock: Clock,
  credentials: { email: string | undefined; password: string | undefined },
): Promise<InitialAdminResult> {
  const { email, password } = credentials;
  if (!email || !password) return 'not_configured';
  const existing = await db
    .selectFrom('staff_user')
    .select('id')
    .where('role', '=', 'admin')
    .executeTakeFirst();
  if (existing) return 'exists';
  const passwordHash = await hashPassword(password);
  const inserted = await db
    .insertInto('staff_user')
    .values({
      email: email.toLowerCase(),
      display_name: 'Administrator',
      password_hash: passwordHash,
      role: 'admin',
      created_at: clock(),
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? 'created' : 'exists';
}
