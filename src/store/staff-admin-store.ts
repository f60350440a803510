import type { NewStaffUser, StaffUser } from '../domain/staff-user.js';
import type { Db } from './database.js';
import { staffUserOf } from './staff-store.js';

export async function listStaffUsers(db: Db): Promise<StaffUser[]> {
  const rows = await db
    .selectFrom('staff_user')
    .selectAll()
    .orderBy('display_name')
    .orderBy('email')
    .execute();
  return rows.map(staffUserOf);
}

export async function adminExists(db: Db): Promise<boolean> {
  return !!(await db.selectFrom('staff_user').select('id').where('role', '=', 'admin').executeTakeFirst());
}

/** Inserts a staff member; undefined when the email is taken. */
export async function insertStaffUser(db: Db, user: NewStaffUser): Promise<StaffUser | undefined> {
  const row = await db
    .insertInto('staff_user')
    .values({
      email: user.email.toLowerCase(),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      created_at: user.createdAt,
      team_id: user.teamId,
      language: user.language,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && staffUserOf(row);
}

/** What an admin may change on an account. */
export type StaffUserChange = Partial<
  Pick<StaffUser, 'displayName' | 'role' | 'active' | 'teamId' | 'language' | 'passwordHash'>
>;

export async function updateStaffUser(
  db: Db,
  id: string,
  change: StaffUserChange,
): Promise<StaffUser | undefined> {
  const row = await db
    .updateTable('staff_user')
    .set({
      ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.active !== undefined ? { active: change.active } : {}),
      ...(change.teamId !== undefined ? { team_id: change.teamId } : {}),
      ...(change.language !== undefined ? { language: change.language } : {}),
      ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && staffUserOf(row);
}

export async function listTeams(db: Db) {
  return db.selectFrom('team').selectAll().orderBy('name').execute();
}

/** Inserts a team; undefined when the name is taken (names are unique regardless of case). */
export async function insertTeam(db: Db, name: string, at: Date) {
  const existing = await db
    .selectFrom('team')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  if (existing) return undefined;
  return db.insertInto('team').values({ name, created_at: at }).returningAll().executeTakeFirst();
}

export async function insertPasswordReset(
  db: Db,
  reset: { tokenHash: string; staffId: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('password_reset')
    .values({
      token_hash: reset.tokenHash,
      staff_user_id: reset.staffId,
      created_at: reset.at,
      expires_at: reset.expiresAt,
    })
    .execute();
}

/** Uses a reset token once: returns its staff member's id if it was valid and unused. */
export async function consumePasswordReset(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable('password_reset')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('staff_user_id')
    .executeTakeFirst();
  return row?.staff_user_id;
}
