import { type LocalDate, timeZoneOf } from '../../domain/business-calendar.js';
import type { CaseKind } from '../../domain/case-lifecycle.js';
import type { IntakeChannel } from '../../domain/channel.js';
import { type ProcedureStep, procedureSteps } from '../../domain/complaint.js';
import type { Language } from '../../domain/language.js';
import { DEFAULT_ORGANISATION } from '../../domain/organisation.js';
import type { CaseRow } from '../../store/case-store.js';
import { calendarOfCase } from './case-calendar.js';

/**
 * What the customer is told at once (C6): the tracking number, the procedure, the expected date,
 * and, for a letter, both the day it arrived and the day it was recorded. The page, the email, the
 * letter and the API answer are all made from this one value.
 */
export interface Acknowledgement {
  trackingNumber: string;
  kind: CaseKind;
  status: CaseRow['status'];
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
  CaseRow,
  | 'tracking_number'
  | 'kind'
  | 'status'
  | 'language'
  | 'channel'
  | 'customer_name'
  | 'received_at'
  | 'recorded_at'
  | 'expected_response_by'
  | 'customer_email'
  | 'customer_postal_address'
  | 'calendar_country'
  | 'calendar_region'
>;

export function acknowledgementOf(
  row: AcknowledgedCase,
  medium: 'email' | 'letter',
  firstContactSummary: string | null,
): Acknowledgement {
  return {
    trackingNumber: row.tracking_number,
    kind: row.kind,
    status: row.status,
    language: row.language,
    channel: row.channel,
    customerName: row.customer_name ?? '',
    receivedAt: row.received_at,
    recordedAt: row.recorded_at,
    expectedResponseBy: row.expected_response_by,
    procedure: firstContactSummary === null ? procedureSteps(row.kind) : [],
    medium,
    email: row.customer_email,
    postalAddress: row.customer_postal_address,
    resolvedAtFirstContact: firstContactSummary === null ? null : { summary: firstContactSummary },
    timeZone: timeZoneOf(calendarOfCase(row, DEFAULT_ORGANISATION)),
  };
}
