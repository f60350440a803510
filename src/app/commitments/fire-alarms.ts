import { SYSTEM } from '../../domain/actor.js';
import type { Case } from '../../domain/case.js';
import { type DueAlarm, todayFor } from '../../domain/commitment-watch.js';
import type { CustomerMessage } from '../../domain/customer-message.js';
import type { OrganisationProfile } from '../../domain/organisation.js';
import { addDuration } from '../../domain/policy.js';
import type { StaffUser } from '../../domain/staff-user.js';
import { type NewEvent, recordCaseChange } from '../../store/case-store.js';
import { managersToTell, recordAlarm } from '../../store/commitment-store.js';
import type { Db } from '../../store/database.js';
import { enqueueMessage } from '../../store/outbox-store.js';
import { findStaffById } from '../../store/staff-store.js';
import { calendarOfCase, closedDaysOf } from '../cases/case-calendar.js';
import { messageSentEvent, queueCustomerMessage } from '../casework/queue-customer-message.js';
import type { AppContext } from '../context.js';
import { outgoingEmail } from '../messages/outgoing-email.js';
import { policyOfCase } from '../policies/policy-in-force.js';

type Recipient = Pick<StaffUser, 'email' | 'displayName' | 'language'>;

/**
 * Does what each alarm asks, once: the alarm is recorded first (the unique key refuses a second
 * one), and only a newly recorded alarm has effects — events on the case, messages in the outbox —
 * all in the caller's transaction, so a crash leaves either all of it or none.
 */
export async function fireAlarms(
  ctx: AppContext,
  trx: Db,
  row: Case,
  alarms: readonly DueAlarm[],
  organisation: OrganisationProfile,
  at: Date,
): Promise<number> {
  const events: NewEvent[] = [];
  const columns: { nextUpdateBy?: string } = {};
  let fired = 0;
  const owner = row.ownerId ? await findStaffById(trx, row.ownerId) : undefined;
  const alert = async (to: readonly Recipient[], alarm: DueAlarm) => {
    const about = staffAlertOf(alarm);
    for (const person of to)
      await enqueueMessage(
        trx,
        await outgoingEmail(ctx, trx, {
          caseId: row.id,
          recipient: person.email,
          language: person.language,
          payload: {
            template: 'staff_commitment_alert',
            trackingNumber: row.trackingNumber,
            displayName: person.displayName,
            ...about,
          },
          at,
        }),
      );
  };
  const tellCustomer = async (message: CustomerMessage) => {
    const queued = await queueCustomerMessage(ctx, trx, row, message, at);
    events.push(messageSentEvent(queued));
  };
  const ownerToTell = owner?.active ? [owner] : [];

  for (const alarm of alarms) {
    if (!(await recordAlarm(trx, { caseId: row.id, ...alarm, at }))) continue;
    fired += 1;
    const about = { commitment: alarm.commitment, dueOn: alarm.dueOn };
    switch (alarm.kind) {
      case 'reminder': {
        events.push({ type: 'commitment_reminder', data: { ...about, ownerId: row.ownerId } });
        // The ombudsman's deadlines concern those who deal with the ombudsman, as well as the owner.
        const managers = alarm.commitment.startsWith('ombudsman_')
          ? (await managersToTell(trx, owner?.teamId ?? row.teamId)).filter((m) => m.id !== owner?.id)
          : [];
        await alert([...ownerToTell, ...managers], alarm);
        break;
      }
      case 'delay_task':
        events.push({ type: 'delay_notice_due', data: { ...about, ownerId: row.ownerId } });
        await alert(ownerToTell, alarm);
        break;
      case 'breach': {
        const managers = await managersToTell(trx, owner?.teamId ?? row.teamId);
        events.push({ type: 'commitment_breached', data: { ...about, told: managers.map((m) => m.id) } });
        await alert(managers, alarm);
        break;
      }
      case 'automatic_delay_notice':
        await tellCustomer({ template: 'automatic_delay_notice', missedDate: alarm.dueOn });
        break;
      case 'automatic_ombudsman_notice':
        events.push({ type: 'ombudsman_letter_sent', data: { reason: 'weeks_after_receipt' } });
        await tellCustomer({ template: 'ombudsman_notice', reason: 'weeks_after_receipt' });
        break;
      case 'progress_notice': {
        const calendar = calendarOfCase(row, organisation);
        const policy = await policyOfCase(ctx, row, trx);
        const next = addDuration(
          todayFor(at, calendar),
          policy.rules.times.updateInterval,
          calendar,
          closedDaysOf(ctx, organisation),
        );
        columns.nextUpdateBy = next;
        await tellCustomer({ template: 'automatic_progress_notice', nextUpdateBy: next });
        break;
      }
    }
  }
  if (events.length > 0)
    await recordCaseChange(trx, row, { actor: SYSTEM, channel: 'system', at }, events, columns);
  return fired;
}

/** What a staff alert says: only reminders, breaches and delay tasks are sent to staff. */
function staffAlertOf(alarm: DueAlarm) {
  const { kind, commitment, dueOn } = alarm;
  if (
    kind === 'progress_notice' ||
    kind === 'automatic_delay_notice' ||
    kind === 'automatic_ombudsman_notice'
  )
    throw new Error(`${kind} is not an alarm for staff`);
  if (commitment === 'ombudsman_notice') throw new Error('the ombudsman notice is not an alarm for staff');
  return { kind, commitment, dueOn };
}
