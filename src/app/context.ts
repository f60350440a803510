import type { Clock } from '../domain/clock.js';
import type { CaseIntake } from '../store/case-intake.js';
import type { Db } from '../store/database.js';
import type { FileStore } from '../store/file-store.js';

/** What every use case is given: the database, the clock, and a source of randomness. */
export interface AppContext {
  readonly db: Db;
  readonly clock: Clock;
  /** An integer in [0, n); `crypto.randomInt` in production. */
  readonly randomIndex: (n: number) => number;
  readonly trackingPrefix: string;
  /** The right-hand side of Message-IDs, e.g. the domain of MAIL_FROM. */
  readonly messageIdDomain: string;
  /** Signs the links in customers' emails that open their case directly (derived from the session secret). */
  readonly linkKey: string;
  /** Where uploaded documents are kept. */
  readonly files: FileStore;
  /** Where new cases are written, together with the filings that arrive at the same moment. */
  readonly intake: CaseIntake;
}
