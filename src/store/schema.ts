import type { ColumnType, Generated } from 'kysely';
import type { CaseKind, CaseStatus, EscalationLevel } from '../domain/case-lifecycle.js';
import type { EventChannel, IntakeChannel } from '../domain/channel.js';
import type { Category, CustomerType, PreferredContact, Service } from '../domain/complaint.js';
import type { MessageMedium } from '../domain/customer-message.js';
import type { Language } from '../domain/language.js';
import type { CanadianRegion } from '../domain/region.js';
import type { StaffRole } from '../domain/staff-role.js';
import type { MessageDirection, MessageStatus } from '../domain/stored-message.js';

/** The tables as Kysely sees them; the SQL that makes them is in `migrations/`. */
export interface Tables {
  schema_migration: SchemaMigrationTable;
  app_secret: AppSecretTable;
  staff_user: StaffUserTable;
  complaint_case: ComplaintCaseTable;
  case_event: CaseEventTable;
  staff_session: StaffSessionTable;
  organisation_settings: OrganisationSettingsTable;
  organisation_closure_day: OrganisationClosureDayTable;
  case_reference: CaseReferenceTable;
  case_attachment: CaseAttachmentTable;
  message: MessageTable;
  idempotency_record: IdempotencyRecordTable;
  rate_limit_counter: RateLimitCounterTable;
  team: TeamTable;
  commitment_alarm: CommitmentAlarmTable;
  ombudsman_case: OmbudsmanCaseTable;
  policy: PolicyTable;
  policy_version: PolicyVersionTable;
  identity_challenge: IdentityChallengeTable;
  password_reset: PasswordResetTable;
  sign_in_failure: SignInFailureTable;
  customer_access_code: CustomerAccessCodeTable;
  customer_session: CustomerSessionTable;
  customer_code_failure: CustomerCodeFailureTable;
  ccts_eligibility_rule: CctsEligibilityRuleTable;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: ColumnType<Date, Date | undefined, never>;
}

export interface AppSecretTable {
  name: string;
  value: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface StaffUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  role: StaffRole;
  active: Generated<boolean>;
  created_at: Date;
  team_id: string | null;
  language: Generated<Language>;
}

export interface ComplaintCaseTable {
  id: Generated<string>;
  tracking_number: string;
  kind: CaseKind;
  status: CaseStatus;
  escalation_level: EscalationLevel;
  remedy_promised: boolean;
  channel: IntakeChannel;
  language: Language;
  received_at: Date;
  recorded_at: Date;
  updated_at: Date;
  version: number;
  customer_name: string | null;
  customer_email: string | null;
  customer_phone: string | null;
  customer_postal_address: string | null;
  customer_account_number: string | null;
  customer_type: CustomerType | null;
  customer_region: CanadianRegion | null;
  service: Service | null;
  category: Category | null;
  description: string | null;
  history: string | null;
  desired_outcome: string | null;
  preferred_contact: PreferredContact | null;
  /** With `calendar_country`: a Canadian province, an Australian state or a UK nation. */
  calendar_region: string | null;
  calendar_country: Generated<'CA' | 'AU' | 'GB'>;
  urgent_reason: 'disconnection' | 'financial_hardship' | 'safety' | null;
  /** When the commitment sweep next needs to look at the case; null: nothing can fall due. */
  alarm_check_at: Generated<Date | null>;
  acknowledged_at: Date | null;
  /** 'YYYY-MM-DD' */
  expected_response_by: string | null;
  resolved_at_first_contact: Generated<boolean>;
  owner_id: string | null;
  team_id: string | null;
  /** 'YYYY-MM-DD': when the customer hears from us again (C7). */
  next_update_by: string | null;
  /** 'YYYY-MM-DD', computed by the database: the earliest date owed; '9999-12-31' when nothing is. */
  due_on: ColumnType<string, never, never>;
  /** C10: when the customer was first told of the ombudsman. */
  ombudsman_notice_sent_at: Generated<Date | null>;
  /** C6: the policy version in force when the case was acknowledged. */
  policy_id: Generated<string | null>;
  policy_version: Generated<number | null>;
  search_text: ColumnType<string, never, never>;
}

export interface CaseEventTable {
  id: Generated<number>;
  case_id: string;
  case_version: number;
  type: string;
  actor_type: 'customer' | 'staff' | 'system';
  actor_id: string | null;
  channel: EventChannel;
  occurred_at: Date;
  data: ColumnType<Record<string, unknown>, string, never>;
}

export interface StaffSessionTable {
  token_hash: string;
  staff_user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export interface OrganisationSettingsTable {
  id: Generated<number>;
  name: string;
  complaints_phone: string;
  postal_address: string;
  website: string;
  default_region: string;
  tracking_prefix: string;
  complaint_business_days: number;
  inquiry_business_days: number;
  ombudsman_name: string;
  ombudsman_website: string;
  ombudsman_phone: string;
  staff_shown_to_customers: Generated<'role' | 'first_name'>;
  reminder_hours_before: Generated<number>;
  automatic_progress_notice: Generated<boolean>;
  active_policy_id: Generated<string>;
  updated_at: Generated<Date>;
}

export interface OrganisationClosureDayTable {
  /** 'YYYY-MM-DD' */
  day: string;
  reason: Generated<string>;
}

export interface CaseReferenceTable {
  case_id: string;
  position: number;
  reference: string;
  referenced_case_id: string | null;
}

export interface CaseAttachmentTable {
  id: Generated<string>;
  case_id: string;
  file_name: string;
  media_type: 'application/pdf' | 'image/png' | 'image/jpeg';
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_at: Date;
}

/** Every message out and in (the outbox is its queued rows): see migration 015. */
export interface MessageTable {
  id: Generated<string>;
  case_id: string | null;
  event_id: number | null;
  direction: Generated<MessageDirection>;
  medium: Generated<MessageMedium>;
  recipient: string;
  sender: string | null;
  language: Language;
  template: string | null;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  raw: Buffer | null;
  sha256: string | null;
  content_withheld: Generated<boolean>;
  status: Generated<MessageStatus>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  message_id: string;
  created_at: Date;
  sent_at: Date | null;
  received_at: Date | null;
  failed_at: Date | null;
  printed_at: Date | null;
  posted_on: ColumnType<string | null, string | null | undefined, string | null>;
  position: ColumnType<number, never, never>;
  flagged_at: Date | null;
  last_error: string | null;
}

export interface IdempotencyRecordTable {
  scope: string;
  key: string;
  request_hash: string;
  response_status: number;
  response_body: ColumnType<unknown, string, string>;
  created_at: Date;
}

export interface RateLimitCounterTable {
  bucket: string;
  window_start: Date;
  hits: number;
}

export interface TeamTable {
  id: Generated<string>;
  name: string;
  created_at: Date;
}

export interface IdentityChallengeTable {
  id: Generated<string>;
  case_id: string;
  staff_user_id: string;
  code_hash: string;
  created_at: Date;
  expires_at: Date;
  attempts: Generated<number>;
  used_at: Date | null;
}

export interface PasswordResetTable {
  token_hash: string;
  staff_user_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export interface SignInFailureTable {
  id: Generated<number>;
  email: string;
  client_address: string;
  failed_at: Date;
}

export interface CustomerAccessCodeTable {
  id: Generated<string>;
  tracking_number: string;
  case_id: string | null;
  code_hash: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  voided_at: Date | null;
}

export interface CustomerSessionTable {
  token_hash: string;
  case_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export interface CustomerCodeFailureTable {
  id: Generated<number>;
  tracking_number: string;
  failed_at: Date;
}

export interface CctsEligibilityRuleTable {
  position: number;
  customer_type: string | null;
  service: string | null;
  category: string | null;
  eligible: boolean;
  reason: string | null;
}

export interface CommitmentAlarmTable {
  id: Generated<string>;
  case_id: string;
  commitment: 'response' | 'next_update' | 'ombudsman_objection' | 'ombudsman_report' | 'ombudsman_notice';
  /** 'YYYY-MM-DD' */
  due_on: string;
  kind:
    | 'reminder'
    | 'breach'
    | 'progress_notice'
    | 'delay_task'
    | 'automatic_delay_notice'
    | 'automatic_ombudsman_notice';
  fired_at: Date;
  done_at: Date | null;
}

export interface OmbudsmanCaseTable {
  id: Generated<string>;
  case_id: string;
  reference: string;
  stage: 'assessment' | 'initial_referral' | 'conciliation' | 'investigation' | 'finding';
  received_at: Date;
  /** 'YYYY-MM-DD' */
  objection_due_on: string;
  /** 'YYYY-MM-DD' */
  report_due_on: string;
  objection_answered_at: Date | null;
  reported_at: Date | null;
  charges_on_hold: boolean;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface PolicyTable {
  id: string;
  name: string;
  country: 'CA' | 'AU' | 'GB';
  created_at: Date;
}

export interface PolicyVersionTable {
  policy_id: string;
  version: number;
  /** A `PolicyRules` document. */
  rules: ColumnType<Record<string, unknown>, string, never>;
  note: Generated<string>;
  created_at: Date;
  created_by: string | null;
}
