import type { TObject } from 'typebox';
import type { EventChannel } from '../../domain/channel.js';
import { may } from '../../domain/permissions.js';
import { wakingOutbox } from '../app-state.js';
import type { StaffMember } from '../auth/staff-member.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome } from '../errors.js';
import type { CaseCommand, CaseCommandTarget } from './case-command.js';

/**
 * Whether this staff member may take this step at all: asked by both edges before they read the
 * input, so someone without the right learns nothing about it from its validation (403, not 422).
 * The use case still decides on the case itself (its level, who may see it).
 */
export function mayRun(staff: StaffMember, command: Pick<CaseCommand, 'permission'>): boolean {
  return may(staff.role, command.permission);
}

/**
 * Runs a step of the table with input its schema accepted: the permission, then the version the
 * change is based on (required ones must say it, a malformed one is refused), then the use case.
 */
export async function runCaseCommand<R>(
  ctx: AppContext,
  staff: StaffMember,
  command: CaseCommand<TObject, R>,
  target: CaseCommandTarget,
  input: unknown,
  channel: EventChannel,
): Promise<Outcome<R>> {
  if (!mayRun(staff, command)) return failure({ code: 'FORBIDDEN' });
  const { trackingNumber, expectedVersion } = target;
  const malformed =
    expectedVersion !== undefined && !(Number.isInteger(expectedVersion) && expectedVersion > 0);
  if (
    command.version !== 'none' &&
    (malformed || (command.version === 'required' && expectedVersion === undefined))
  ) {
    return failure({
      code: 'INVALID_INPUT',
      fields: [{ field: '/version', rule: malformed ? 'invalid' : 'required' }],
    });
  }
  return wakingOutbox(
    ctx,
    command.run(
      ctx,
      staff,
      { trackingNumber, expectedVersion: command.version === 'none' ? undefined : expectedVersion },
      input as never,
      channel,
    ),
  );
}
