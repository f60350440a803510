import { ConfigError } from '../config.js';
import { BackupRefusedError } from '../store/backup/take-backup.js';
import { DataDirBusyError } from '../store/data-dir-lock.js';
import { StorageUnavailableError } from '../store/open-storage.js';
import { ImportRefusedError } from '../store/pglite-import.js';

/** An expected refusal of a command: printed as one line, exit code 1. */
export class CommandError extends Error {}

/** Runs a command-line task: known problems end in one clear line, never a stack trace. */
export function runCommand(name: string, task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      const known =
        error instanceof CommandError ||
        error instanceof BackupRefusedError ||
        error instanceof ConfigError ||
        error instanceof DataDirBusyError ||
        error instanceof ImportRefusedError ||
        error instanceof StorageUnavailableError;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`redress ${name}: ${known ? message : `failed: ${message}`}\n`);
      process.exit(1);
    },
  );
}
