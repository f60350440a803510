import { ConfigError, loadConfig } from './config.js';
import { type RunningService, startService } from './service.js';
import { DataDirBusyError } from './store/data-dir-lock.js';
import { StorageUnavailableError } from './store/open-storage.js';

/**
 * `npm start`. Settings problems end in one clear line and exit code 1, never a stack trace.
 * SIGTERM or SIGINT: stop accepting, finish what is in flight, stop the database, exit 0 (a signal
 * that comes while the service is still starting stops it as soon as it has started).
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
    service = await startService(loadConfig(), {
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
