import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import type { CaseRow } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome } from '../errors.js';

/**
 * The customer told an advisor whether they accept the outcome. Not accepting a complaint's
 * outcome escalates it to the next level (C9); the customer's words are kept.
 */
export async function recordOutcomeReply(
  ctx: AppContext,
  staff: StaffMember,
  reply: CaseChangeRequest & { accepted: boolean; customerWords?: string },
  channel: EventChannel,
): Promise<Outcome<CaseRow>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, reply, channel, ({ trx, row, origin }) =>
    changeCase(trx, row, { type: reply.accepted ? 'accept_outcome' : 'reject_outcome' }, origin, {
      details: reply.customerWords ? { customerWords: reply.customerWords } : {},
      columns: reply.accepted ? {} : { owner_id: null },
    }),
  );
}
