import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../../src/config.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/domain/clock.js';
import { type RunningService, startService } from '../../src/service.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import type { Storage } from '../../src/store/open-storage.js';
import { storageHealth } from '../../src/store/storage-health.js';
import { embeddedBackend, type TestDatabase } from './databases.js';

/** A test's database as the service's storage (the suite's embedded server stays up). */
export function testStorage(database: TestDatabase): Storage {
  return {
    database,
    mode: 'embedded',
    health: storageHealth({
      db: () => database.db,
      schemaVersion: Math.max(...MIGRATIONS.map((m) => m.version)),
    }),
    onFatal: () => {},
    close: () => database.dispose(),
  };
}

/** The real service, in-process, on a free port, over a database made from the migrated template. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<RunningService & { config: Config }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    FILING_RATE_LIMIT: '0',
    DATA_DIR: mkdtempSync(join(resolve('.tmp'), 'server-')),
    ...env,
  });
  const database = await embeddedBackend().open();
  const service = await startService(config, {
    // A hand-moved clock: the test runs sweep passes when it wants them (server.sweep.runOnce()).
    sweepIntervalMs: 2 ** 31 - 1,
    ...options,
    storage: testStorage(database),
  });
  return Object.assign(service, { config });
}
