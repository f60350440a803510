import type { EscalationLevel } from './case-lifecycle.js';

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
  /** C9: the escalation request is in, who now handles it. */
  | { template: 'escalation_received'; level: EscalationLevel; expectedResponseBy?: string }
  | { template: 'remedy_carried_out'; text: string }
  /** C7: an update fell due and nobody wrote; sent by the commitment sweep. */
  | { template: 'automatic_progress_notice'; nextUpdateBy: string }
  /** C8: the owner cannot keep the expected date; why, and the new date. */
  | { template: 'delay_notice'; reason: string; expectedResponseBy: string; previousDate: string }
  /** C8: the expected date passed without an outcome or a delay notice; sent by the sweep. */
  | { template: 'automatic_delay_notice'; missedDate: string };

export type CustomerMessageTemplate = CustomerMessage['template'];

/** The templates a staff member picks from when writing to a customer. */
export const WRITABLE_TEMPLATES = ['progress_update', 'information_request'] as const;
export type WritableTemplate = (typeof WRITABLE_TEMPLATES)[number];

/** How a message reaches the customer. */
export const MESSAGE_MEDIA = ['email', 'letter'] as const;
export type MessageMedium = (typeof MESSAGE_MEDIA)[number];

/** C10: the messages that tell the customer of the ombudsman (the Canadian default moments). */
export function carriesOmbudsmanNotice(message: CustomerMessage): boolean {
  return (
    message.template === 'final_response' ||
    message.template === 'escalation_received' ||
    (message.template === 'outcome' && message.level >= 2)
  );
}
