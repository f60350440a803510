import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { backupEmbeddedDatabase } from '../store/backup.js';
import { CommandError, runCommand } from './run-command.js';

/** `npm run backup [-- file]`: a consistent copy of the embedded database, as one .tar.gz file. */
runCommand('backup', async () => {
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new CommandError('DATABASE_URL is set: back up the PostgreSQL server with pg_dump instead');
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(process.argv[2] ?? `${config.dataDir}/backups/redress-${stamp}.tar.gz`);
  const bytes = await backupEmbeddedDatabase(config.dataDir, target);
  process.stdout.write(`backup written: ${target} (${(bytes / 1024 / 1024).toFixed(1)} MB)\n`);
});
