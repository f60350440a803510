import { localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import type { StoredMessage } from '../../domain/stored-message.js';
import { findCaseById, recordCaseAccess } from '../../store/case-store.js';
import {
  findLetter,
  type LetterStatus,
  letterForUpdate,
  lettersWithStatus,
  moveLetter,
} from '../../store/message-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { getOrganisation } from '../settings/get-organisation.js';

/**
 * Letters to print (issue 16): every message to a customer who prefers post waits here as the PDF
 * rendered when it was written, until staff print it and post it. The desk prints for everyone,
 * so whoever works cases may see the queue.
 */
export async function listLetters(
  ctx: AppContext,
  staff: StaffMember,
  status: LetterStatus,
): Promise<Outcome<(StoredMessage & { trackingNumber: string | null })[]>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return success(await lettersWithStatus(ctx.db, status, 500));
}

/** The PDF of one letter, exactly as it was rendered. */
export async function letterPdf(ctx: AppContext, staff: StaffMember, id: string): Promise<Outcome<Buffer>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  const letter = await findLetter(ctx.db, id);
  if (!letter?.raw) return failure({ code: 'NOT_FOUND', entity: 'message' });
  return success(letter.raw);
}

/**
 * A letter printed, or posted on a date (not in the future): the move is on its case's timeline;
 * the customer sees the day their letter was posted.
 */
export async function markLetter(
  ctx: AppContext,
  staff: StaffMember,
  id: string,
  step: { status: 'printed' } | { status: 'posted'; postedOn: string },
  channel: EventChannel,
): Promise<Outcome<{ status: LetterStatus }>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return ctx.db.transaction().execute(async (trx) => {
    const letter = await letterForUpdate(trx, id);
    if (!letter) return failure({ code: 'NOT_FOUND', entity: 'message' });
    const at = ctx.clock();
    if (step.status === 'posted') {
      const organisation = await getOrganisation(ctx, trx);
      const today = localDateIn(at, timeZoneOf({ country: 'CA', region: organisation.defaultRegion }));
      if (step.postedOn > today)
        return failure({ code: 'INVALID_INPUT', fields: [{ field: '/postedOn', rule: 'dateInFuture' }] });
    }
    const allowed = step.status === 'printed' ? ['to_print'] : ['to_print', 'printed'];
    if (!allowed.includes(letter.status)) return failure({ code: 'LETTER_NOT_WAITING' });
    await moveLetter(trx, id, step.status === 'printed' ? { status: 'printed', at } : step);
    const row = letter.caseId ? await findCaseById(trx, letter.caseId) : undefined;
    if (row)
      await recordCaseAccess(
        trx,
        row,
        { actor: { type: 'staff', staffId: staff.id }, channel, at },
        step.status === 'printed'
          ? { type: 'letter_printed', data: { letterId: id, subject: letter.subject } }
          : {
              type: 'letter_posted',
              data: { letterId: id, subject: letter.subject, postedOn: step.postedOn },
            },
      );
    return success({ status: step.status });
  });
}
