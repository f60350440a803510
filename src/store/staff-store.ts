import type { Selectable } from 'kysely';
import type { StaffSessionRecord, StaffUser } from '../domain/staff-user.js';
import type { Db } from './database.js';
import type { StaffSessionTable, StaffUserTable } from './schema.js';

type StaffUserRow = Selectable<StaffUserTable>;

/** A stored account as the application's `StaffUser`. */
export function staffUserOf(row: StaffUserRow): StaffUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role,
    active: row.active,
    createdAt: row.created_at,
    teamId: row.team_id,
    language: row.language,
  };
}

function sessionOf(row: Selectable<StaffSessionTable>): StaffSessionRecord {
  return {
    tokenHash: row.token_hash,
    staffUserId: row.staff_user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export async function findActiveStaffByEmail(db: Db, email: string): Promise<StaffUser | undefined> {
  const row = await db
    .selectFrom('staff_user')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .where('active', '=', true)
    .executeTakeFirst();
  return row && staffUserOf(row);
}

export async function insertStaffSession(db: Db, session: StaffSessionRecord): Promise<void> {
  await db
    .insertInto('staff_session')
    .values({
      token_hash: session.tokenHash,
      staff_user_id: session.staffUserId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The live session for a token hash, with its staff member, sliding its idle expiry forward. */
export async function touchStaffSession(
  db: Db,
  tokenHash: string,
  now: Date,
  newExpiry: Date,
): Promise<{ session: StaffSessionRecord; user: StaffUser } | undefined> {
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
  return user ? { session: sessionOf(session), user: staffUserOf(user) } : undefined;
}

export async function deleteStaffSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_session').where('token_hash', '=', tokenHash).execute();
}

export async function findStaffById(db: Db, id: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom('staff_user').selectAll().where('id', '=', id).executeTakeFirst();
  return row && staffUserOf(row);
}

export async function findTeamById(db: Db, id: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('team').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Ends every session of a staff member (sign out everywhere, a new password, deactivation). */
export async function deleteSessionsOf(db: Db, staffId: string): Promise<void> {
  await db.deleteFrom('staff_session').where('staff_user_id', '=', staffId).execute();
}

export type StaffToTell = Pick<StaffUser, 'id' | 'email' | 'displayName' | 'language'>;

/**
 * Who hears that something on a case needs them: its owner; without an active owner, the active
 * members of its team; without a team, the senior managers (else the heads of support).
 */
export async function staffToTell(
  db: Db,
  ownerId: string | null,
  teamId: string | null,
): Promise<StaffToTell[]> {
  const people = db
    .selectFrom('staff_user')
    .select(['id', 'email', 'display_name as displayName', 'language'])
    .where('active', '=', true);
  if (ownerId) {
    const owner = await people.where('id', '=', ownerId).execute();
    if (owner.length > 0) return owner;
  }
  if (teamId) {
    const team = await people.where('team_id', '=', teamId).execute();
    if (team.length > 0) return team;
  }
  const seniors = await people.where('role', '=', 'senior_manager').execute();
  return seniors.length > 0 ? seniors : people.where('role', '=', 'head_of_support').execute();
}
