import { type CaseWithHistory, insertCases } from './case-insert.js';
import { type Db, engineOf } from './database.js';

/**
 * Group commit for new cases. A filing that arrives while earlier ones are being written waits
 * for that write to end and then goes, with every other filing that arrived meanwhile, in one
 * set-based statement (`insertCases`). When the desk is quiet a filing goes at once, alone; when
 * it is busy, one statement carries many filings (on a server, a few statements share them out:
 * `statementSize`). On PGlite, which runs one statement at a time and spends most of a small one's
 * time before the first row is written, this is what lets intake keep up with a burst; on a
 * server it saves round trips and commits.
 *
 * Each filing's promise settles only after the statement that carries it has committed, so an
 * acknowledgement is never shown for a case that is not stored. A statement is atomic: all of its
 * cases are stored or none. If it fails, each of its filings is written again on its own, so one
 * filing's problem (a tracking number drawn twice, say) is never another's.
 */
export function queueCaseInsert(db: Db, input: CaseWithHistory): Promise<void> {
  let queue = queues.get(db);
  if (!queue) {
    // PGlite runs one statement at a time: a second one would only wait, with fewer filings. A
    // server works on several at once (and waits for the disk on each commit), so a few go together.
    queue = new CaseIntakeQueue(db, engineOf(db) === 'pglite' ? 1 : SERVER_WRITES_AT_ONCE);
    queues.set(db, queue);
  }
  return queue.add(input);
}

const queues = new WeakMap<Db, CaseIntakeQueue>();

/** At most this many filings in one statement: the statement stays small enough to plan quickly. */
const MAX_BATCH = 50;
/**
 * Statements in flight at once on a PostgreSQL server, per instance: most of a statement's time
 * there is the wait for the commit to reach the disk, which concurrent statements share. The pool
 * holds 10 connections; the rest serve reads, the outbox and the sweep. (Measured on 2 cores:
 * 3 → 553, 8 → 592 filings/s.)
 */
const SERVER_WRITES_AT_ONCE = 6;

/**
 * On a server, the filings waiting are shared out among the free connections once there are this
 * many per statement: one statement carrying them all keeps one of the database's cores busy while
 * the other waits (the clients' next filings only come once it has answered), and smaller
 * statements spend their time on their fixed cost. (Measured on 2 cores, filings/s at 10 and 40
 * clients: all in one 2340 and 3520; shared from 5 on, 2530 and 4060; from 8 on, 2370 and 4100.)
 */
const SHARED_FROM = 5;

/** How many of the filings waiting go in each statement, with `free` statements allowed to start. */
export function statementSize(waiting: number, free: number): number {
  const statements = Math.max(1, Math.min(free, Math.floor(waiting / SHARED_FROM)));
  return Math.min(MAX_BATCH, Math.ceil(waiting / statements));
}

interface Waiting {
  input: CaseWithHistory;
  resolve: () => void;
  reject: (error: unknown) => void;
}

class CaseIntakeQueue {
  private waiting: Waiting[] = [];
  private writing = 0;
  private scheduled = false;

  constructor(
    private readonly db: Db,
    private readonly writesAtOnce: number,
  ) {}

  add(input: CaseWithHistory): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.schedule();
    });
  }

  /**
   * The next write starts after the event loop has read what is waiting on the sockets: PGlite
   * runs a statement without giving the loop a turn, so filings that came in meanwhile are still
   * unread when it returns, and would otherwise miss the next statement.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.next();
    });
  }

  private next(): void {
    const size = statementSize(this.waiting.length, this.writesAtOnce - this.writing);
    while (this.writing < this.writesAtOnce && this.waiting.length > 0) {
      this.writing += 1;
      const batch = this.waiting.splice(0, size);
      void this.write(batch).finally(() => {
        this.writing -= 1;
        this.schedule();
      });
    }
  }

  private async write(batch: readonly Waiting[]): Promise<void> {
    try {
      await insertCases(
        this.db,
        batch.map((w) => w.input),
      );
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      for (const w of batch) {
        try {
          await insertCases(this.db, [w.input]);
          w.resolve();
        } catch (own) {
          w.reject(own);
        }
      }
    }
  }
}
