import { type LocalDate, timeZoneOf } from '../../domain/business-calendar.js';
import type { Case } from '../../domain/case.js';
import type { CaseKind } from '../../domain/case-lifecycle.js';
import type { IntakeChannel } from '../../domain/channel.js';
import { type ProcedureStep, procedureSteps } from '../../domain/complaint.js';
import type { Language } from '../../domain/language.js';
import { DEFAULT_ORGANISATION } from '../../domain/organisation.js';
import { calendarOfCase } from './case-calendar.js';

/**
 * What the customer is told at once (C6): the tracking number, the procedure, the expected date,
 * and, for a letter, both the day it arrived and the day it was recorded. The page, the email, the
 * letter and the API answer are all made from this one value.
 */
export interface Acknowledgement {
  trackingNumber: string;
  kind: CaseKind;
  status: Case['status'];
  language: Language;
  channel: IntakeChannel;
  customerName: string;
  receivedAt: Date;
  recordedAt: Date;
  expectedResponseBy: LocalDate | null;
  procedure: readonly ProcedureStep[];
  medium: 'email' | 'letter';
  email: string | null;
  postalAddress: string | null;
  resolvedAtFirstContact: { summary: string } | null;
  /** The customer's time zone: the dates are theirs. */
  timeZone: string;
}

/** What an acknowledgement is made from: a stored case, or the values just stored for one. */
export type AcknowledgedCase = Pick<
  Case,
  | 'trackingNumber'
  | 'kind'
  | 'status'
  | 'language'
  | 'channel'
  | 'customerName'
  | 'receivedAt'
  | 'recordedAt'
  | 'expectedResponseBy'
  | 'customerEmail'
  | 'customerPostalAddress'
  | 'calendarCountry'
  | 'calendarRegion'
>;

export function acknowledgementOf(
  row: AcknowledgedCase,
  medium: 'email' | 'letter',
  firstContactSummary: string | null,
): Acknowledgement {
  return {
    trackingNumber: row.trackingNumber,
    kind: row.kind,
    status: row.status,
    language: row.language,
    channel: row.channel,
    customerName: row.customerName ?? '',
    receivedAt: row.receivedAt,
    recordedAt: row.recordedAt,
    expectedResponseBy: row.expectedResponseBy,
    procedure: firstContactSummary === null ? procedureSteps(row.kind) : [],
    medium,
    email: row.customerEmail,
    postalAddress: row.customerPostalAddress,
    resolvedAtFirstContact: firstContactSummary === null ? null : { summary: firstContactSummary },
    timeZone: timeZoneOf(calendarOfCase(row, DEFAULT_ORGANISATION)),
  };
}
