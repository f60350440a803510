import type { EventChannel } from './channel.js';
import type { StaffRole } from './staff-role.js';

/** Something that happened to a case, as recorded in the same transaction as the change. */
export interface CaseEvent {
  id: number;
  caseId: string;
  /** The version of the case this event belongs to (several events may share one). */
  caseVersion: number;
  type: string;
  actorType: 'customer' | 'staff' | 'system';
  /** The staff member, for staff events. */
  actorId: string | null;
  channel: EventChannel;
  occurredAt: Date;
  data: Record<string, unknown>;
}

/** An event on a case's timeline, with who the staff member behind it is. */
export interface TimelineEvent extends CaseEvent {
  actorName: string | null;
  actorRole: StaffRole | null;
}
