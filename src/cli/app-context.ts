import { randomBytes, randomInt } from 'node:crypto';
import { appCaches, outboxSignal } from '../app/app-state.js';
import type { AppContext } from '../app/context.js';
import { type Config, mailDomain } from '../config.js';
import { systemClock } from '../domain/clock.js';
import { DEFAULT_TRACKING_PREFIX } from '../domain/tracking-number.js';
import { caseIntake } from '../store/case-intake.js';
import type { Db } from '../store/database.js';
import { localFileStore } from '../store/file-store.js';

/** The use cases' context for a command-line task, as the server builds it. */
export function commandContext(config: Config, db: Db): AppContext {
  return {
    db,
    clock: systemClock,
    randomIndex: randomInt,
    trackingPrefix: DEFAULT_TRACKING_PREFIX,
    mail: {
      from: config.mailFrom,
      publicUrl: config.publicUrl,
      inboundAddress: config.inbound.address,
      plusAddressing: config.inbound.plusAddressing,
    },
    messageIdDomain: mailDomain(config.mailFrom),
    // Command-line tasks send no customer links; a random key signs nothing anyone can use.
    linkKey: randomBytes(32).toString('hex'),
    files: localFileStore(config.filesDir),
    intake: caseIntake(db, 1),
    outbox: outboxSignal(),
    caches: appCaches(),
  };
}
