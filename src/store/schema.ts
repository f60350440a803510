import type { ColumnType, Generated } from 'kysely';
import type { CaseKind, CaseStatus, EscalationLevel } from '../domain/case-lifecycle.js';
import type { EventChannel, IntakeChannel } from '../domain/channel.js';
import type { Language } from '../domain/language.js';
import type { StaffRole } from '../domain/staff-role.js';

/** The tables as Kysely sees them; the SQL that makes them is in `migrations/`. */
export interface Tables {
  schema_migration: SchemaMigrationTable;
  app_secret: AppSecretTable;
  staff_user: StaffUserTable;
  complaint_case: ComplaintCaseTable;
  case_event: CaseEventTable;
  staff_session: StaffSessionTable;
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
