import type { Case, CaseFields } from '../../domain/case.js';
import { applyLifecycleCommand, type LifecycleCommand } from '../../domain/case-lifecycle.js';
import { appendEvents, caseState, type EventOrigin, saveCaseState } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import { failure, type Outcome, success } from '../errors.js';

/**
 * Inside a use case's transaction: asks the domain whether the command may move the case, then
 * writes the new state (with any extra columns) and the events it caused, as one new version.
 */
export async function changeCase(
  trx: Db,
  row: Case,
  command: LifecycleCommand,
  origin: EventOrigin,
  options: { details?: Record<string, unknown>; columns?: CaseFields } = {},
): Promise<Outcome<Case>> {
  const result = applyLifecycleCommand(caseState(row), command);
  if (!result.ok) return failure({ code: 'LIFECYCLE', error: result.error });
  const saved = await saveCaseState(trx, row, result.state, origin.at, options.columns);
  await appendEvents(
    trx,
    saved.id,
    saved.version,
    origin,
    result.events.map(({ type, ...data }) => ({ type, data: { ...data, ...options.details } })),
  );
  return success(saved);
}
