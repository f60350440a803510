import type { Config } from '../../src/config.js';
import { loadConfig } from '../../src/config.js';
import { type RunningService, startService } from '../../src/service.js';
import { openTemplatePglite } from './databases.js';

/** The real service, in-process, on a free port, over a migrated template database. */
export async function startTestServer(
  env: Record<string, string> = {},
): Promise<RunningService & { config: Config }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: '.tmp/unused',
    ...env,
  });
  const database = await openTemplatePglite();
  const service = await startService(config, { storage: { database, close: () => database.close() } });
  return Object.assign(service, { config });
}
