import type { Selectable } from 'kysely';
import type { Db } from './database.js';
import type { StaffSessionTable, StaffUserTable } from './schema.js';

export type StaffUserRow = Selectable<StaffUserTable>;
export type StaffSessionRow = Selectable<StaffSessionTable>;

export async function findActiveStaffByEmail(db: Db, email: string): Promise<StaffUserRow | undefined> {
  return db
    .selectFrom('staff_user')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .where('active', '=', true)
    .executeTakeFirst();
}

export async function insertStaffSession(db: Db, session: StaffSessionRow): Promise<void> {
  await db.insertInto('staff_session').values(session).execute();
}

/** The live session for a token hash, with its staff member, sliding its idle expiry forward. */
export async function touchStaffSession(
  db: Db,
  tokenHash: string,
  now: Date,
  newExpiry: Date,
): Promise<{ session: StaffSessionRow; user: StaffUserRow } | undefined> {
  const session = await db
    .updateTable('staff_session')
    .set({ last_seen_at: now, expires_at: newExpiry })
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await db
    .selectFrom('staff_user')
    .selectAll()
    .where('id', '=', session.staff_user_id)
    .where('active', '=', true)
    .executeTakeFirst();
  return user ? { session, user } : undefined;
}

export async function deleteStaffSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_session').where('token_hash', '=', tokenHash).execute();
}

export async function findStaffById(db: Db, id: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTeamById(db: Db, id: string) {
  return db.selectFrom('team').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Ends every session of a staff member (sign out everywhere, a new password, deactivation). */
export async function deleteSessionsOf(db: Db, staffId: string): Promise<void> {
  await db.deleteFrom('staff_session').where('staff_user_id', '=', staffId).execute();
}
