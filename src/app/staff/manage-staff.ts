import type { Language } from '../../domain/language.js';
import { may } from '../../domain/permissions.js';
import type { StaffRole } from '../../domain/staff-role.js';
import type { StaffUser } from '../../domain/staff-user.js';
import {
  insertStaffUser,
  listStaffUsers,
  listTeams,
  updateStaffUser,
} from '../../store/staff-admin-store.js';
import { deleteSessionsOf, findTeamById } from '../../store/staff-store.js';
import { wakingOutbox } from '../app-state.js';
import { MIN_PASSWORD_LENGTH, queuePasswordLink } from '../auth/password-reset.js';
import { newToken } from '../auth/session-token.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { hashPassword } from '../setup/password-hashing.js';

export interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  teamId: string | null;
  language: Language;
  active: boolean;
}

function accountOf(row: StaffUser): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    teamId: row.teamId,
    language: row.language,
    active: row.active,
  };
}

/** Everyone at the desk, for assigning cases (all staff) and managing accounts (admins). */
export async function listStaff(ctx: AppContext, _staff: StaffMember): Promise<Outcome<StaffAccount[]>> {
  return success((await listStaffUsers(ctx.db)).map(accountOf));
}

export interface NewStaffAccount {
  email: string;
  displayName: string;
  role: StaffRole;
  teamId: string | null;
  language: Language;
  /** Without one, the new colleague gets an emailed link to choose their own. */
  password?: string;
}

async function teamExists(ctx: AppContext, teamId: string | null): Promise<boolean> {
  return teamId === null || !!(await findTeamById(ctx.db, teamId));
}

export async function createStaff(
  ctx: AppContext,
  staff: StaffMember,
  account: NewStaffAccount,
): Promise<Outcome<StaffAccount>> {
  if (!may(staff.role, 'staff.manage')) return failure({ code: 'FORBIDDEN' });
  if (account.password !== undefined && account.password.length < MIN_PASSWORD_LENGTH) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/password', rule: 'passwordTooShort' }] });
  }
  if (!(await teamExists(ctx, account.teamId))) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/teamId', rule: 'invalid' }] });
  }
  // A random password nobody knows until the emailed link sets a real one.
  const passwordHash = await hashPassword(account.password ?? newToken());
  const created = await ctx.db.transaction().execute(async (trx) => {
    const row = await insertStaffUser(trx, {
      email: account.email,
      displayName: account.displayName,
      passwordHash: passwordHash,
      role: account.role,
      teamId: account.teamId,
      language: account.language,
      createdAt: ctx.clock(),
    });
    if (!row) return failure({ code: 'ALREADY_EXISTS', entity: 'staff_user' });
    if (account.password === undefined) await queuePasswordLink({ ...ctx, db: trx }, row, 'welcome');
    return success(accountOf(row));
  });
  return wakingOutbox(ctx, created);
}

export interface StaffAccountChange {
  displayName?: string;
  role?: StaffRole;
  teamId?: string | null;
  language?: Language;
  active?: boolean;
}

/** An admin changes a colleague's role, team or language, or deactivates them (sessions end). */
export async function updateStaff(
  ctx: AppContext,
  staff: StaffMember,
  id: string,
  change: StaffAccountChange,
): Promise<Outcome<StaffAccount>> {
  if (!may(staff.role, 'staff.manage')) return failure({ code: 'FORBIDDEN' });
  if (id === staff.id && (change.active === false || (change.role && change.role !== 'admin'))) {
    // An admin cannot lock themselves out; another admin can.
    return failure({
      code: 'INVALID_INPUT',
      fields: [{ field: change.active === false ? '/active' : '/role', rule: 'invalid' }],
    });
  }
  if (change.teamId !== undefined && !(await teamExists(ctx, change.teamId))) {
    return failure({ code: 'INVALID_INPUT', fields: [{ field: '/teamId', rule: 'invalid' }] });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateStaffUser(trx, id, {
      ...(change.displayName !== undefined ? { displayName: change.displayName } : {}),
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.teamId !== undefined ? { teamId: change.teamId } : {}),
      ...(change.language !== undefined ? { language: change.language } : {}),
      ...(change.active !== undefined ? { active: change.active } : {}),
    });
    if (!row) return failure({ code: 'NOT_FOUND', entity: 'staff_user' });
    if (change.active === false || change.role !== undefined) await deleteSessionsOf(trx, id);
    return success(accountOf(row));
  });
}

export async function listAllTeams(
  ctx: AppContext,
  _staff: StaffMember,
): Promise<Outcome<{ id: string; name: string }[]>> {
  return success((await listTeams(ctx.db)).map((t) => ({ id: t.id, name: t.name })));
}
