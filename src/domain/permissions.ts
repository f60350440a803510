import type { EscalationLevel } from './case-lifecycle.js';
import type { StaffRole } from './staff-role.js';

/**
 * What each staff role may do (C9: who answers at which level). Use cases ask `may(...)` before
 * they read or change anything; routes and pages only mirror it.
 */
export const PERMISSIONS = [
  /** Record a case from a call, letter, chat, email or support case; convert an inquiry. */
  'case.record',
  /** Work on a case one may see: identity checks, notes, contacts, messages, outcomes, escalation requests. */
  'case.work',
  /** See every case, not only one's own, one's team's and the unassigned ones. */
  'case.see_all',
  /** See every escalated case (level 2 and up). */
  'case.see_escalated',
  /** Give a case to someone else or another team. */
  'case.assign',
  /** Take and answer escalations at level 2 (senior manager). */
  'escalation.level_2',
  /** Take and answer escalations at level 3, the final response (head of support). */
  'escalation.level_3',
  /** Export a whole case (timeline, messages, documents, personal data) for the ombudsman (C10). */
  'case.export',
  /** Record and follow complaints the ombudsman forwards (C10), whatever their level. */
  'ombudsman.manage',
  'staff.manage',
  'settings.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ADVISOR: readonly Permission[] = ['case.record', 'case.work'];
const SENIOR_MANAGER: readonly Permission[] = [
  ...ADVISOR,
  'case.see_escalated',
  'case.assign',
  'escalation.level_2',
  'case.export',
  'ombudsman.manage',
];
const HEAD_OF_SUPPORT: readonly Permission[] = [...SENIOR_MANAGER, 'case.see_all', 'escalation.level_3'];

export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, ReadonlySet<Permission>>> = {
  advisor: new Set(ADVISOR),
  senior_manager: new Set(SENIOR_MANAGER),
  head_of_support: new Set(HEAD_OF_SUPPORT),
  admin: new Set(PERMISSIONS),
};

export function may(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Answering a case (an outcome or final response, taking it) at its escalation level. */
export function mayAnswerAtLevel(role: StaffRole, level: EscalationLevel): boolean {
  if (level === 1) return may(role, 'case.work');
  return may(role, level === 2 ? 'escalation.level_2' : 'escalation.level_3');
}

/** Who a case is with, as far as visibility goes. */
export interface CaseAssignment {
  ownerId: string | null;
  teamId: string | null;
  escalationLevel: EscalationLevel;
}

/** Whether a staff member may see a case: their own, their team's, unassigned, or by their role. */
export function maySeeCase(
  staff: { id: string; role: StaffRole; teamId: string | null },
  assignment: CaseAssignment,
): boolean {
  if (may(staff.role, 'case.see_all')) return true;
  if (assignment.escalationLevel >= 2 && may(staff.role, 'case.see_escalated')) return true;
  if (assignment.ownerId === staff.id) return true;
  if (assignment.ownerId === null && assignment.teamId === null) return true;
  return staff.teamId !== null && assignment.teamId === staff.teamId;
}
