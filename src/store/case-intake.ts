import { type CaseWithHistory, insertCases } from './case-insert.js';
import type { Db } from './database.js';
import { storageFailureOf } from './storage-failure.js';

/**
 * Group commit for new cases, for every filing whatever it carries (history and references,
 * documents, an idempotency key). A filing that arrives while earlier ones are being written
 * waits for a free statement and then goes, with every other filing that arrived meanwhile, in
 * one set-based statement in one transaction (`insertCases`). When the desk is quiet a filing goes
 * at once, alone; when it is busy, a few statements share the filings waiting (`statementSize`).
 *
 * Why: a filing's statement costs the database a fixed amount (its plan, the trigger and index
 * machinery of four tables, the commit and its flush to disk) that hardly grows with the number of
 * filings it carries (measured single-client: 4.2 ms a case alone, 0.8 ms in tens).
 *
 * Each filing's promise settles only after its transaction has committed, so an acknowledgement
 * is never shown for a case that is not stored. A transaction is atomic: all of its cases are
 * stored or none. If it fails, each of its filings is written again on its own, so one filing's
 * problem (a tracking number drawn twice, an idempotency key taken meanwhile) is never another's.
 */
export interface CaseIntake {
  /** Stores the case with all it carries; rejects with `IdempotencyKeyTaken` if its key was used. */
  add(filing: CaseWithHistory): Promise<void>;
}

/** The filing's Idempotency-Key was claimed by another request first: its answer is the one to give. */
export class IdempotencyKeyTaken extends Error {}

/** At most this many filings in one statement: the statement stays small enough to plan quickly. */
const MAX_BATCH = 50;
/**
 * The filings waiting are shared out among the free statements once there are this many per
 * statement: one statement carrying them all keeps one of the database's cores busy while the
 * other waits, and smaller statements spend their time on their fixed cost.
 */
const SHARED_FROM = 5;

/** How many of the filings waiting go in each statement, with `free` statements allowed to start. */
export function statementSize(waiting: number, free: number): number {
  const statements = Math.max(1, Math.min(free, Math.floor(waiting / SHARED_FROM)));
  return Math.min(MAX_BATCH, Math.ceil(waiting / statements));
}

interface Waiting {
  filing: CaseWithHistory;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Statements in flight at once for a pool of `poolSize` connections: about half, so that reads,
 * the outbox and the sweep always find a connection.
 */
export function intakeWritesAtOnce(poolSize: number): number {
  return Math.max(1, Math.floor(poolSize / 2));
}

/** Thrown inside a transaction to undo it: one of its keys was already taken. */
class KeysTaken extends Error {}

/**
 * The intake of one database handle; `writesAtOnce` statements may be in flight together (the
 * rest of the pool serves reads, the outbox and the sweep).
 */
export function caseIntake(db: Db, writesAtOnce: number): CaseIntake {
  const waiting: Waiting[] = [];
  let writing = 0;
  let scheduled = false;

  const store = async (filings: readonly CaseWithHistory[]) =>
    db.transaction().execute(async (trx) => {
      const stored = await insertCases(trx, filings);
      if (stored.keysClaimed < stored.keysGiven) throw new KeysTaken();
    });

  const writeAlone = async (w: Waiting) => {
    try {
      await store([w.filing]);
      w.resolve();
    } catch (error) {
      w.reject(error instanceof KeysTaken ? new IdempotencyKeyTaken() : error);
    }
  };

  const write = async (batch: readonly Waiting[]) => {
    if (batch.length === 1 && batch[0]) return writeAlone(batch[0]);
    try {
      await store(batch.map((w) => w.filing));
      for (const w of batch) w.resolve();
    } catch (error) {
      // The database itself is unavailable: writing each alone would only fail again, slower.
      if (storageFailureOf(error)) {
        for (const w of batch) w.reject(error);
        return;
      }
      for (const w of batch) await writeAlone(w);
    }
  };

  const next = () => {
    const size = statementSize(waiting.length, writesAtOnce - writing);
    while (writing < writesAtOnce && waiting.length > 0) {
      writing += 1;
      void write(waiting.splice(0, size)).finally(() => {
        writing -= 1;
        schedule();
      });
    }
  };

  // The next write starts after the event loop has read what is waiting on the sockets, so the
  // filings that came in meanwhile join it.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      next();
    });
  };

  return {
    add(filing) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ filing, resolve, reject });
        schedule();
      });
    },
  };
}
