import { randomInt } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appCaches, outboxSignal } from '../../src/app/app-state.js';
import type { AppContext } from '../../src/app/context.js';
import { caseIntake } from '../../src/store/case-intake.js';
import type { Db } from '../../src/store/database.js';
import { localFileStore } from '../../src/store/file-store.js';

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-20T15:00:00Z') {
  let now = new Date(start);
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  });
}

export function testContext(db: Db, overrides: Partial<AppContext> = {}): AppContext {
  return {
    db,
    clock: manualClock(),
    randomIndex: randomInt,
    trackingPrefix: 'RDX',
    mail: { from: 'Redress <complaints@redress.test>', publicUrl: 'http://redress.test' },
    messageIdDomain: 'redress.test',
    linkKey: 'test-link-key',
    files: localFileStore(mkdtempSync(join(resolve('.tmp'), 'files-'))),
    intake: caseIntake(db, 2),
    outbox: outboxSignal(),
    caches: appCaches(),
    ...overrides,
  };
}
