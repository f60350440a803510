import { addCalendarDays, type LocalDate } from './business-calendar.js';

/**
 * A complaint the ombudsman (the CCTS by default) forwards to the provider (C10). It runs beside
 * the case: its own reference, its stage, and the provider's deadlines, watched like every other
 * promised date; while it is open, the disputed charges can be put on hold for billing systems.
 */
export const OMBUDSMAN_STAGES = [
  'assessment',
  'initial_referral',
  'conciliation',
  'investigation',
  'finding',
] as const;
export type OmbudsmanStage = (typeof OMBUDSMAN_STAGES)[number];

/** The provider's deadlines, in calendar days after the day the ombudsman's referral arrived. */
export const OMBUDSMAN_DEADLINE_DAYS = { objection: 10, report: 20 } as const;

export interface OmbudsmanDeadlines {
  /** By when the provider may object to the ombudsman taking the complaint. */
  objectionDueOn: LocalDate;
  /** By when the provider reports back (its answer or a resolution). */
  reportDueOn: LocalDate;
}

export function ombudsmanDeadlines(
  receivedOn: LocalDate,
  days: { objection: number; report: number } = OMBUDSMAN_DEADLINE_DAYS,
): OmbudsmanDeadlines {
  return {
    objectionDueOn: addCalendarDays(receivedOn, days.objection),
    reportDueOn: addCalendarDays(receivedOn, days.report),
  };
}

/** A complaint the ombudsman forwarded (C10), as recorded: its reference, stage and deadlines. */
export interface OmbudsmanCaseRecord {
  id: string;
  caseId: string;
  /** The ombudsman's own reference. */
  reference: string;
  stage: OmbudsmanStage;
  receivedAt: Date;
  /** 'YYYY-MM-DD' */
  objectionDueOn: string;
  /** 'YYYY-MM-DD' */
  reportDueOn: string;
  objectionAnsweredAt: Date | null;
  reportedAt: Date | null;
  chargesOnHold: boolean;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type OmbudsmanCaseChange = Partial<
  Pick<
    OmbudsmanCaseRecord,
    'stage' | 'chargesOnHold' | 'objectionAnsweredAt' | 'reportedAt' | 'closedAt' | 'updatedAt'
  >
>;
