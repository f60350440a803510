import type { Updateable } from 'kysely';
import type { Db } from './database.js';
import type { StaffUserTable } from './schema.js';
import type { StaffUserRow } from './staff-store.js';

export async function listStaffUsers(db: Db): Promise<StaffUserRow[]> {
  return db.selectFrom('staff_user').selectAll().orderBy('display_name').orderBy('email').execute();
}

/** Inserts a staff member; undefined when the email is taken. */
export async function insertStaffUser(
  db: Db,
  user: Omit<StaffUserTable, 'id' | 'active' | 'language'> & { language: StaffUserRow['language'] },
): Promise<StaffUserRow | undefined> {
  return db
    .insertInto('staff_user')
    .values({ ...user, email: user.email.toLowerCase() })
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateStaffUser(
  db: Db,
  id: string,
  changes: Updateable<StaffUserTable>,
): Promise<StaffUserRow | undefined> {
  return db.updateTable('staff_user').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
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
