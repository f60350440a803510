import type { Clock } from '../domain/clock.js';
import type { CaseIntake } from '../store/case-intake.js';
import type { Db } from '../store/database.js';
import type { FileStore } from '../store/file-store.js';
import type { AppCaches, OutboxSignal } from './app-state.js';

/**
 * What every use case is given: the database, the clock, a source of randomness, and the state the
 * application keeps between requests (its caches, the intake's queue, the outbox's wake-up): all
 * here, none in module variables.
 */
export interface AppContext {
  readonly db: Db;
  readonly clock: Clock;
  /** An integer in [0, n); `crypto.randomInt` in production. */
  readonly randomIndex: (n: number) => number;
  readonly trackingPrefix: string;
  /** Who emails are from, and the address links in them point to: messages are rendered when queued. */
  readonly mail: {
    readonly from: string;
    readonly publicUrl: string;
    /** INBOUND_ADDRESS: customers' emails carry it as Reply-To (plus-addressed when asked). */
    readonly inboundAddress?: string | undefined;
    readonly plusAddressing?: boolean;
  };
  /** The right-hand side of Message-IDs, e.g. the domain of MAIL_FROM. */
  readonly messageIdDomain: string;
  /** Signs the links in customers' emails that open their case directly (derived from the session secret). */
  readonly linkKey: string;
  /** Where uploaded documents are kept. */
  readonly files: FileStore;
  /** Where new cases are written, together with the filings that arrive at the same moment. */
  readonly intake: CaseIntake;
  /** Told after a use case queued messages, so that the outbox delivers them now. */
  readonly outbox: OutboxSignal;
  /** Settings and policies kept in memory (this context's own). */
  readonly caches: AppCaches;
}
