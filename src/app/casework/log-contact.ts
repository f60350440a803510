import type { Case } from '../../domain/case.js';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import { recordCaseChange } from '../../store/case-store.js';
import type { StaffMember } from '../auth/staff-member.js';
import { changeCase } from '../cases/change-case.js';
import { type CaseChangeRequest, changeCaseAsStaff } from '../cases/staff-case-change.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome, success } from '../errors.js';
import { localToday } from './local-today.js';

export const CONTACT_CHANNELS = ['phone', 'letter', 'email', 'chat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export interface LoggedContact extends CaseChangeRequest {
  contactChannel: ContactChannel;
  direction: ContactDirection;
  summary: string;
  /** C7: 'YYYY-MM-DD', when the customer hears from us again. */
  nextUpdateBy?: string;
}

/**
 * A call, letter, email or chat with the customer (C7), and the date of the next update. When the
 * customer answers a case that was waiting for them, the investigation resumes by itself.
 */
export async function logContact(
  ctx: AppContext,
  staff: StaffMember,
  contact: LoggedContact,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  if (!may(staff.role, 'case.work')) return failure({ code: 'FORBIDDEN' });
  return changeCaseAsStaff(ctx, staff, contact, channel, async ({ trx, row, origin }) => {
    if (contact.nextUpdateBy && contact.nextUpdateBy < (await localToday(ctx, row, trx))) {
      return failure({ code: 'INVALID_INPUT', fields: [{ field: '/nextUpdateBy', rule: 'dateInPast' }] });
    }
    let current = row;
    if (contact.direction === 'inbound' && row.status === 'waiting_for_customer') {
      const resumed = await changeCase(trx, row, { type: 'resume_investigation' }, origin);
      if (!resumed.ok) return resumed;
      current = resumed.value;
    }
    const saved = await recordCaseChange(
      trx,
      current,
      origin,
      [
        {
          type: 'contact_logged',
          data: {
            contactChannel: contact.contactChannel,
            direction: contact.direction,
            summary: contact.summary,
            nextUpdateBy: contact.nextUpdateBy ?? null,
          },
        },
      ],
      contact.nextUpdateBy ? { nextUpdateBy: contact.nextUpdateBy } : {},
    );
    return success(saved);
  });
}
