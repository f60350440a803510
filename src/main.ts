import { ConfigError, loadConfig } from './config.js';
import { serviceLog } from './http/log.js';
import type { RunningService } from './service.js';
import { DataDirBusyError } from './store/data-dir-lock.js';
import { openStorage, StorageUnavailableError } from './store/open-storage.js';

/**
 * `npm start`. Settings problems end in one clear line and exit code 1, never a stack trace.
 * SIGTERM or SIGINT: stop accepting, finish what is in flight, stop the database, exit 0 (a signal
 * that comes while the service is still starting stops it as soon as it has started).
 *
 * The database is opened first (the embedded PostgreSQL starts as a child process), and the rest
 * of the service loads while it starts: two things that each take a fraction of a second, at once.
 */
async function main(): Promise<void> {
  let service: RunningService | undefined;
  let stopAsked: string | undefined;
  const shutdown = (signal: string) => {
    if (!service) {
      stopAsked = signal;
      return;
    }
    service.app.log.info({ signal }, 'shutting down');
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`redress: unclean shutdown: ${describe(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  try {
    const config = loadConfig();
    const log = serviceLog(config.logLevel);
    const opening = openStorage(config, { role: 'server', log });
    opening.catch(() => {}); // reported below, whichever of the two fails first
    const [{ startService }, storage] = await Promise.all([import('./service.js'), opening]);
    service = await startService(config, {
      storage,
      log,
      onFatal: (reason) => {
        process.stderr.write(`redress: stopped: ${reason}\n`);
        process.exit(1);
      },
    });
  } catch (error) {
    const known =
      error instanceof ConfigError ||
      error instanceof StorageUnavailableError ||
      error instanceof DataDirBusyError;
    process.stderr.write(`redress: cannot start: ${known ? error.message : describe(error)}\n`);
    process.exit(1);
  }
  if (stopAsked) shutdown(stopAsked);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

void main();
