import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { takeBackup } from '../store/backup/take-backup.js';
import { clusterLayout } from '../store/embedded/cluster-layout.js';
import { makeDirs } from '../store/make-dirs.js';
import { CommandError, runCommand } from './run-command.js';
import { storageForCommand } from './storage-for-command.js';

/**
 * `npm run backup [-- file]`: a consistent copy of the embedded database and the uploaded
 * documents, as one .tar.gz file, taken while the service runs (through its server) or not.
 */
runCommand('backup', async () => {
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new CommandError(
      'DATABASE_URL is set: back up the PostgreSQL server with its own tools (pg_dump, pg_basebackup)',
    );
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(process.argv[2] ?? `${config.dataDir}/backups/redress-${stamp}.tar.gz`);
  makeDirs(dirname(target));
  const storage = await storageForCommand(config, 'backup');
  try {
    const layout = clusterLayout(config.dataDir);
    const manifest = await takeBackup(
      storage.database.db,
      { pgdata: layout.pgdata, filesDir: config.filesDir, passwordFile: layout.passwordFile },
      target,
    );
    const megabytes = (statSync(target).size / 1024 / 1024).toFixed(1);
    process.stdout.write(
      `backup written: ${target} (${megabytes} MB, schema version ${manifest.schemaVersion}, WAL ${manifest.startLsn} to ${manifest.stopLsn})\n`,
    );
  } finally {
    await storage.close();
  }
});
