import { may } from '../../domain/permissions.js';
import { insertTeam } from '../../store/staff-admin-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';

export async function createTeam(
  ctx: AppContext,
  staff: StaffMember,
  name: string,
): Promise<Outcome<{ id: string; name: string }>> {
  if (!may(staff.role, 'staff.manage')) return failure({ code: 'FORBIDDEN' });
  const team = await insertTeam(ctx.db, name.trim(), ctx.clock());
  if (!team) return failure({ code: 'ALREADY_EXISTS', entity: 'team' });
  return success({ id: team.id, name: team.name });
}
