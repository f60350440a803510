import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { restoreBackup } from '../store/backup/restore-backup.js';
import { acquireDataDirLock } from '../store/data-dir-lock.js';
import { migrate } from '../store/migrate.js';
import { CommandError, runCommand } from './run-command.js';
import { storageForCommand } from './storage-for-command.js';

/**
 * `npm run restore -- <file> [--replace]`: puts a backup back into DATA_DIR while no service runs
 * on it, then starts the database once, which replays the backup's WAL, and checks its schema.
 */
runCommand('restore', async () => {
  const config = loadConfig();
  if (config.databaseUrl)
    throw new CommandError('DATABASE_URL is set: restore the PostgreSQL server with its own tools');
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new CommandError('name the backup file: npm run restore -- <file> [--replace]');
  const source = resolve(file);
  if (!existsSync(source)) throw new CommandError(`no such file: ${source}`);
  const lock = await acquireDataDirLock(config.dataDir, 'npm run restore');
  let result: Awaited<ReturnType<typeof restoreBackup>>;
  try {
    result = await restoreBackup({
      dataDir: config.dataDir,
      filesDir: config.filesDir,
      source,
      replace: args.includes('--replace'),
      now: new Date(),
    });
  } finally {
    await lock.release();
  }
  const storage = await storageForCommand(config, 'restore');
  try {
    const { version } = await migrate(storage.database.db);
    process.stdout.write(
      `restored ${source} into ${config.dataDir} (taken ${result.manifest.madeAt}, schema version ${version})` +
        (result.previousMovedTo ? `; the previous database is kept at ${result.previousMovedTo}\n` : '\n'),
    );
  } finally {
    await storage.close();
  }
});
