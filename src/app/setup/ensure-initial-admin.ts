import type { Clock } from '../../domain/clock.js';
import type { Db } from '../../store/database.js';
import { adminExists, insertStaffUser } from '../../store/staff-admin-store.js';
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
  if (await adminExists(db)) return 'exists';
  const inserted = await insertStaffUser(db, {
    email,
    displayName: 'Administrator',
    passwordHash: await hashPassword(password),
    role: 'admin',
    createdAt: clock(),
    teamId: null,
    language: 'en',
  });
  return inserted ? 'created' : 'exists';
}
