import type { EscalationLevel } from './case-lifecycle.js';
import type { OmbudsmanMoment } from './policy.js';

/**
 * What we write to a customer, as data: the use case decides what to say, `src/notify/` turns it
 * into words in the customer's language (for the email, the printable letter and the preview),
 * so the text a staff member previewed is the text that leaves.
 */
export type CustomerMessage =
  /** C7: regular contact, with the date of the next update. */
  | { template: 'progress_update'; text: string; nextUpdateBy?: string }
  | { template: 'information_request'; text: string }
  /** C8: the outcome, with how to escalate if the customer is not satisfied. */
  | { template: 'outcome'; text: string; remedy?: string; level: EscalationLevel }
  /** C9/C10: the last word of the provider, with the way to the ombudsman. */
  | { template: 'final_response'; text: string; remedy?: string }
  /** C9: the escalation request is in (or the customer did not accept the outcome), who now handles it. */
  | {
      template: 'escalation_received';
      level: EscalationLevel;
      expectedResponseBy?: string;
      /** The customer said they were not satisfied with an outcome. */
      afterRejection?: boolean;
    }
  | { template: 'remedy_carried_out'; text: string }
  /** C7: an update fell due and nobody wrote; sent by the commitment sweep. */
  | { template: 'automatic_progress_notice'; nextUpdateBy: string }
  /** C8: the owner cannot keep the expected date; why, and the new date. */
  | { template: 'delay_notice'; reason: string; expectedResponseBy: string; previousDate: string }
  /** C8: the expected date passed without an outcome or a delay notice; sent by the sweep. */
  | { template: 'automatic_delay_notice'; missedDate: string }
  /** C10: the way to the ombudsman, at deadlock or when the policy's weeks have passed (Ofcom). */
  | { template: 'ombudsman_notice'; reason: 'deadlock' | 'weeks_after_receipt' }
  /** C8/C10: resolved quickly (within the policy's days): what was agreed, and where to turn if it comes back. */
  | { template: 'resolution_summary'; resolvedOn: string };

/** A message as queued: whether it names the ombudsman was decided by the case's policy then. */
export type SentCustomerMessage = CustomerMessage & { ombudsmanNotice?: boolean };

export type CustomerMessageTemplate = CustomerMessage['template'];

/** The templates a staff member picks from when writing to a customer. */
export const WRITABLE_TEMPLATES = ['progress_update', 'information_request'] as const;
export type WritableTemplate = (typeof WRITABLE_TEMPLATES)[number];

/** How a message reaches the customer. */
export const MESSAGE_MEDIA = ['email', 'letter'] as const;
export type MessageMedium = (typeof MESSAGE_MEDIA)[number];

/** C10: whether a message is one of the moments the policy names for the ombudsman notice. */
export function ombudsmanNoticeDue(message: CustomerMessage, noticeAt: readonly OmbudsmanMoment[]): boolean {
  const at = (moment: OmbudsmanMoment) => noticeAt.includes(moment);
  const byLevel = (level: EscalationLevel) =>
    (level === 2 && at('escalation_level_2')) ||
    (level === 3 && (at('every_later_level') || at('escalation_level_2')));
  switch (message.template) {
    case 'final_response':
      return at('final_response');
    case 'escalation_received':
      return (message.afterRejection === true && at('outcome_rejected')) || byLevel(message.level);
    case 'outcome':
      return byLevel(message.level);
    case 'ombudsman_notice':
    case 'resolution_summary':
      return true;
    default:
      return false;
  }
}

/** The Canadian default moments: for messages queued before policies decided it. */
const CANADIAN_MOMENTS: readonly OmbudsmanMoment[] = [
  'escalation_level_2',
  'every_later_level',
  'final_response',
  'outcome_rejected',
];

/** Whether the words of a message include the ombudsman's details. */
export function carriesOmbudsmanNotice(message: SentCustomerMessage): boolean {
  return message.ombudsmanNotice ?? ombudsmanNoticeDue(message, CANADIAN_MOMENTS);
}
