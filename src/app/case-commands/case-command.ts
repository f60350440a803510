import type { Static, TObject } from 'typebox';
import type { EventChannel } from '../../domain/channel.js';
import type { Permission } from '../../domain/permissions.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import type { Outcome } from '../errors.js';

/**
 * Whether a command must say which version of the case it is based on. `required`: a change,
 * refused with 409 when someone else changed the case meanwhile. `optional`: checked when given.
 * `none`: it records something beside the case (an identity check) and changes no version.
 */
export type VersionRule = 'required' | 'optional' | 'none';

/** Which case, and the version the staff member saw (as sent: a bad `If-Match` is NaN). */
export interface CaseCommandTarget {
  trackingNumber: string;
  expectedVersion: number | undefined;
}

/** The version a command's use case is given, once `runCaseCommand` has checked it. */
export type CheckedVersion<V extends VersionRule> = V extends 'required'
  ? number
  : V extends 'optional'
    ? number | undefined
    : undefined;

/** How the API describes the command: its path under `/api/v1/cases/{trackingNumber}/`. */
export interface ApiDescription {
  path: string;
  summary: string;
  description?: string;
  tag?: string;
}

/**
 * One thing staff can do to a case: its name (the one in the case's `actions`), the input it
 * takes (a TypeBox schema both edges validate with), the permission checked before the input is
 * even read, and the use case that does it. The API and the console are both made from these.
 */
export interface CaseCommand<S extends TObject = TObject, R = unknown, V extends VersionRule = VersionRule> {
  readonly name: string;
  readonly permission: Permission;
  readonly version: V;
  readonly input: S;
  /** Absent for console-only steps (taking a case is the API's assignment to oneself). */
  readonly api?: ApiDescription;
  /** Called by `runCaseCommand` only: permission and version are checked there. */
  run(
    ctx: AppContext,
    staff: StaffMember,
    target: { trackingNumber: string; expectedVersion: CheckedVersion<V> },
    input: Static<S>,
    channel: EventChannel,
  ): Promise<Outcome<R>>;
}

/** Keeps each entry's own input and result types while checking its shape. */
export function caseCommand<S extends TObject, R, V extends VersionRule>(
  command: CaseCommand<S, R, V>,
): CaseCommand<S, R, V> {
  return command;
}

/** What the edges read of an entry: all but the use case, which only `runCaseCommand` calls. */
export type CaseCommandEntry = Omit<CaseCommand, 'run'>;
