import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../../src/config.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/domain/clock.js';
import { type RunningService, startService } from '../../src/service.js';
import { openTemplatePglite } from './databases.js';

/** The real service, in-process, on a free port, over a migrated template database. */
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
  const database = await openTemplatePglite();
  const service = await startService(config, {
    // A hand-moved clock: the test runs sweep passes when it wants them (server.sweep.runOnce()).
    sweepIntervalMs: 2 ** 31 - 1,
    ...options,
    storage: { database, close: () => database.close() },
  });
  return Object.assign(service, { config });
}
