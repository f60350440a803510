import type { CaseSubmission } from '../../domain/complaint.js';
import { may } from '../../domain/permissions.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome } from '../errors.js';
import type { Acknowledgement } from './acknowledgement.js';
import { staffActor } from './staff-case-change.js';
import { takeInCase } from './take-in-case.js';

/** A staff member records a case from a call, letter, chat, email or support case (C2b–c). */
export async function recordCase(
  ctx: AppContext,
  staff: StaffMember,
  submission: CaseSubmission,
): Promise<Outcome<Acknowledgement>> {
  if (!may(staff.role, 'case.record')) {
    for (const file of submission.attachments ?? []) ctx.files.remove(file.storageKey);
    return failure({ code: 'FORBIDDEN' });
  }
  return takeInCase(ctx, submission, staffActor(staff));
}
