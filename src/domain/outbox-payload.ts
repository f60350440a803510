import type { CaseKind } from './case-lifecycle.js';
import type { AlarmKind, Commitment } from './commitment-watch.js';
import type { SentCustomerMessage } from './customer-message.js';

/** The staff alerts the sweep sends (the other alarms write to the customer or change the case). */
export type StaffAlarmKind = Exclude<
  AlarmKind,
  'progress_notice' | 'automatic_delay_notice' | 'automatic_ombudsman_notice'
>;

/**
 * Every kind of message the outbox delivers, with what it is made from, keyed by `template` (the
 * outbox row's column). Writers build one of these; the worker renders each kind in an exhaustive
 * switch, so a new kind cannot be queued without being delivered.
 */
export type OutboxPayload =
  /** C6: rendered from the stored case at delivery, in the case's language. */
  | { template: 'acknowledgement' | 'first_contact_confirmation'; trackingNumber: string; kind: CaseKind }
  /** C7–C10: a message to the customer, its words fixed when it was queued. */
  | {
      template: 'customer_message';
      trackingNumber: string;
      customerName: string;
      message: SentCustomerMessage;
    }
  /** C4: the one-time code an advisor sends to the email on file. */
  | { template: 'identity_code'; trackingNumber: string; customerName: string; code: string }
  /** The code that opens a customer's case page. */
  | { template: 'customer_access_code'; trackingNumber: string; customerName: string; code: string }
  /** A staff member's link to choose a password: a welcome, or a reset. */
  | {
      template: 'staff_password_link';
      kind: 'reset' | 'welcome';
      token: string;
      displayName: string;
      expiresAt: string;
    }
  /** The owner of a case is told the customer wrote, escalated or asked for a complaint. */
  | { template: 'staff_case_update'; trackingNumber: string; displayName: string; what: string }
  /** C7–C9: a promise is due or missed (the sweep). */
  | {
      template: 'staff_commitment_alert';
      trackingNumber: string;
      displayName: string;
      kind: StaffAlarmKind;
      commitment: Exclude<Commitment, 'ombudsman_notice'>;
      dueOn: string;
    };

export type OutboxTemplate = OutboxPayload['template'];

/** Messages that carry a secret (a code, a password link): once sent, only their log is kept. */
export const ONE_TIME_SECRETS: readonly OutboxTemplate[] = [
  'identity_code',
  'customer_access_code',
  'staff_password_link',
];
