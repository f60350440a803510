import { insertStaffUser } from '../../store/staff-admin-store.js';
import { MIN_PASSWORD_LENGTH } from '../auth/password-reset.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { hashPassword } from './password-hashing.js';

/**
 * An operator creates an admin from the command line (`npm run admin:create`): for the first
 * account without INITIAL_ADMIN_*, or to get back in when every admin is locked out.
 */
export async function createAdmin(
  ctx: AppContext,
  input: { email: string; displayName: string; password: string },
): Promise<Outcome<{ id: string; email: string }>> {
  if (!/^[^\s@]+@[^\s@]+$/.test(input.email)) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/email', rule: 'invalid' }] });
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/password', rule: 'passwordTooShort' }] });
  }
  const row = await insertStaffUser(ctx.db, {
    email: input.email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    role: 'admin',
    teamId: null,
    language: 'en',
    createdAt: ctx.clock(),
  });
  if (!row) return failure({ code: 'ALREADY_EXISTS', entity: 'staff_user' });
  return success({ id: row.id, email: row.email });
}
