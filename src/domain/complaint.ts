import type { StoredFile } from './attachment.js';
import type { CaseKind } from './case-lifecycle.js';
import type { IntakeChannel } from './channel.js';
import type { Language } from './language.js';
import type { CanadianRegion } from './region.js';

/** What a customer tells us when they complain or ask (C1–C3). */
export const CUSTOMER_TYPES = ['residential', 'small_business', 'enterprise'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const SERVICES = ['voice', 'internet', 'tv', 'wireless', 'other'] as const;
export type Service = (typeof SERVICES)[number];

export const CATEGORIES = [
  'billing',
  'service_delivery',
  'contract',
  'credit_management',
  'installation',
  'customer_service',
  'privacy',
  'pricing',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PREFERRED_CONTACTS = ['email', 'phone', 'post'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];

export function isPreferredContact(value: unknown): value is PreferredContact {
  return (PREFERRED_CONTACTS as readonly unknown[]).includes(value);
}

/** What makes a case urgent; the policy gives urgent cases shorter times. */
export const URGENT_REASONS = ['disconnection', 'financial_hardship', 'safety'] as const;
export type UrgentReason = (typeof URGENT_REASONS)[number];

export interface Customer {
  name: string;
  email?: string;
  phone?: string;
  postalAddress?: string;
  accountNumber?: string;
  type: CustomerType;
  region?: CanadianRegion;
  /** Outside Canada: the country and region (ISO codes) whose calendar the customer's dates follow (C6). */
  abroad?: { country: 'AU' | 'GB'; region: string };
}

/** A case as the customer (or an advisor on their behalf) submits it. */
export interface CaseSubmission {
  kind: CaseKind;
  language: Language;
  channel: IntakeChannel;
  customer: Customer;
  service: Service;
  category: Category;
  description: string;
  history?: string;
  /** Earlier case numbers or references the customer mentions (C3). */
  references: string[];
  desiredOutcome?: string;
  preferredContact: PreferredContact;
  /** When the provider received it; for a letter, the day it arrived (C2). Defaults to now. */
  receivedAt?: Date;
  /** Solved during the call or chat (C5). */
  resolvedAtFirstContact?: { summary: string };
  /** Documents already stored and checked (a scanned letter, a bill, a screenshot). */
  attachments?: readonly StoredFile[];
  /** Why it cannot wait, if it cannot; the policy gives urgent cases shorter times. */
  urgentReason?: UrgentReason;
}

/** The acknowledgement goes by email unless the customer asked for post (or gave no email). */
export function acknowledgementMedium(customer: Customer, preferred: PreferredContact): 'email' | 'letter' {
  return preferred === 'post' || !customer.email ? 'letter' : 'email';
}

/** The procedure the acknowledgement promises (C6), as step ids that the message files word. */
export function procedureSteps(kind: CaseKind): readonly ProcedureStep[] {
  return kind === 'complaint' ? COMPLAINT_PROCEDURE : INQUIRY_PROCEDURE;
}

export type ProcedureStep =
  | 'investigate'
  | 'keep_in_touch'
  | 'outcome'
  | 'escalate'
  | 'ombudsman'
  | 'answer'
  | 'convert_if_unsatisfied';

const COMPLAINT_PROCEDURE: readonly ProcedureStep[] = [
  'investigate',
  'keep_in_touch',
  'outcome',
  'escalate',
  'ombudsman',
];
const INQUIRY_PROCEDURE: readonly ProcedureStep[] = ['answer', 'convert_if_unsatisfied'];
