import { addBusinessDays, localDateIn, timeZoneOf } from '../../domain/business-calendar.js';
import { dueMoment } from '../../domain/commitment-watch.js';
import { findCaseById, recordCaseAccess } from '../../store/case-store.js';
import { flagLetter, unpostedLetters } from '../../store/message-store.js';
import { staffToTell } from '../../store/staff-store.js';
import { closedDaysOf } from '../cases/case-calendar.js';
import type { AppContext } from '../context.js';
import { getOrganisation } from '../settings/get-organisation.js';
import { queueStaffCaseUpdate } from './staff-case-update.js';

const DAY_MS = 86_400_000;

/**
 * A letter not posted by the end of the business day after it was written (the desk's calendar)
 * is flagged to its case's team, once (issue 16): `letter_not_posted` on the case, and an email to
 * the team (else the senior managers). Run by the commitment sweep; safe on several instances.
 */
export async function flagUnpostedLetters(ctx: AppContext, now: Date): Promise<number> {
  const organisation = await getOrganisation(ctx);
  const calendar = { country: 'CA' as const, region: organisation.defaultRegion };
  const zone = timeZoneOf(calendar);
  const closed = closedDaysOf(ctx, organisation);
  return ctx.db.transaction().execute(async (trx) => {
    let flagged = 0;
    // A business day is at least a day: nothing written in the last 24 hours can be late yet.
    for (const letter of await unpostedLetters(trx, new Date(now.getTime() - DAY_MS), 200)) {
      const dueOn = addBusinessDays(localDateIn(letter.createdAt, zone), 1, calendar, closed);
      if (dueMoment(dueOn, calendar).getTime() > now.getTime()) continue;
      await flagLetter(trx, letter.id, now);
      const row = letter.caseId ? await findCaseById(trx, letter.caseId) : undefined;
      if (!row) continue;
      await recordCaseAccess(
        trx,
        row,
        { actor: { type: 'system' }, channel: 'system', at: now },
        { type: 'letter_not_posted', data: { letterId: letter.id, subject: letter.subject, dueOn } },
      );
      for (const person of await staffToTell(trx, null, row.teamId))
        await queueStaffCaseUpdate(ctx, trx, row, person, 'letter_not_posted', now);
      flagged += 1;
    }
    if (flagged > 0) ctx.outbox.wake();
    return flagged;
  });
}
