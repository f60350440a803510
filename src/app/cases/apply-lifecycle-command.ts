import type { Actor } from '../../domain/actor.js';
import type { Case, CaseFields } from '../../domain/case.js';
import type { LifecycleCommand } from '../../domain/case-lifecycle.js';
import type { EventChannel } from '../../domain/channel.js';
import { findCaseForUpdate } from '../../store/case-store.js';
import type { Db } from '../../store/database.js';
import type { AppContext } from '../context.js';
import { failure, type Outcome } from '../errors.js';
import { changeCase } from './change-case.js';
import { versionConflict } from './version-conflict.js';

export interface LifecycleChange {
  trackingNumber: string;
  command: LifecycleCommand;
  /** The version the caller saw; when the case moved on since, nothing changes (409). */
  expectedVersion?: number;
  /** What the use case adds to the lifecycle's events (an outcome's text, a reason, …). */
  details?: Record<string, unknown>;
  /** Columns the use case sets along with the new state (dates, …), computed from the locked case. */
  columns?: (row: Case, at: Date) => CaseFields;
  /** Further writes in the same transaction (outbox messages, …), given the saved case. */
  alsoWrite?: (trx: Db, saved: Case, at: Date) => Promise<void>;
}

/**
 * Moves a case through its lifecycle: lock the row, check the version, ask the domain, then write
 * the new state and its events in the same transaction. The specific use cases (give an outcome,
 * escalate, close, …) check their permissions and call this.
 */
export async function applyLifecycleChange(
  ctx: AppContext,
  change: LifecycleChange,
  actor: Actor,
  channel: EventChannel,
): Promise<Outcome<Case>> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findCaseForUpdate(trx, change.trackingNumber);
    if (!row) return failure({ code: 'NOT_FOUND', entity: 'case' });
    if (change.expectedVersion !== undefined && change.expectedVersion !== row.version) {
      return versionConflict(trx, row, change.expectedVersion);
    }
    const at = ctx.clock();
    const changed = await changeCase(
      trx,
      row,
      change.command,
      { actor, channel, at },
      { details: change.details, columns: change.columns?.(row, at) },
    );
    if (changed.ok && change.alsoWrite) await change.alsoWrite(trx, changed.value, at);
    return changed;
  });
}
