import type { CaseKind, CaseStatus, EscalationLevel } from './case-lifecycle.js';
import type { IntakeChannel } from './channel.js';
import type { Category, CustomerType, PreferredContact, Service } from './complaint.js';
import type { Language } from './language.js';
import type { CanadianRegion } from './region.js';

/** Why a complaint is urgent (ACMA: financial hardship, disconnection, safety). */
export type UrgentReason = 'disconnection' | 'financial_hardship' | 'safety';

/**
 * A case as the application knows it: a complaint or an inquiry, where it stands, who has it, the
 * customer, and the dates promised. Read from the store (`src/store/case-store.ts` maps its row
 * once); dates are instants, days are 'YYYY-MM-DD' in the case's calendar.
 */
export interface Case {
  id: string;
  trackingNumber: string;
  kind: CaseKind;
  status: CaseStatus;
  escalationLevel: EscalationLevel;
  remedyPromised: boolean;
  channel: IntakeChannel;
  language: Language;
  /** When the complaint reached us (for a letter, its arrival). */
  receivedAt: Date;
  /** When it was recorded (a letter or a call may be recorded later). */
  recordedAt: Date;
  updatedAt: Date;
  /** Every change adds one; a change based on an older version is refused. */
  version: number;
  customerName: string | null;
  customerEmail: string | null;
  customerPhone: string | null;
  customerPostalAddress: string | null;
  customerAccountNumber: string | null;
  customerType: CustomerType | null;
  customerRegion: CanadianRegion | null;
  service: Service | null;
  category: Category | null;
  description: string | null;
  history: string | null;
  desiredOutcome: string | null;
  preferredContact: PreferredContact | null;
  /** With `calendarCountry`: a Canadian province, an Australian state or a UK nation. */
  calendarRegion: string | null;
  calendarCountry: 'CA' | 'AU' | 'GB';
  urgentReason: UrgentReason | null;
  /** When the commitment sweep next needs to look at the case; null: nothing can fall due. */
  alarmCheckAt: Date | null;
  acknowledgedAt: Date | null;
  expectedResponseBy: string | null;
  resolvedAtFirstContact: boolean;
  ownerId: string | null;
  teamId: string | null;
  /** When the customer hears from us again (C7). */
  nextUpdateBy: string | null;
  /** The earliest day owed ('9999-12-31' when nothing is), computed by the database. */
  dueOn: string;
  /** C10: when the customer was first told of the ombudsman. */
  ombudsmanNoticeSentAt: Date | null;
  /** C6: the policy version in force when the case was acknowledged. */
  policyId: string | null;
  policyVersion: number | null;
}

type Stored = 'id' | 'trackingNumber' | 'kind' | 'status' | 'escalationLevel' | 'remedyPromised';
type Given = Stored | 'channel' | 'language' | 'receivedAt' | 'recordedAt' | 'version';

/** A new case as it is written: what it must have, and whatever else it has already. */
export type NewCase = Pick<Case, Given> & Partial<Omit<Case, Given | 'updatedAt' | 'dueOn'>>;

/** What a change sets on a case (the store adds the new version and the time of the change). */
export type CaseFields = Partial<Omit<Case, 'id' | 'trackingNumber' | 'version' | 'updatedAt' | 'dueOn'>>;
