import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { restoreEmbeddedDatabase } from '../store/backup.js';
import { CommandError, runCommand } from './run-command.js';

/** `npm run restore -- <file> [--replace]`: puts a backup back into DATA_DIR (server stopped). */
runCommand('restore', async () => {
  const config = loadConfig();
  if (config.databaseUrl)
    throw new CommandError('DATABASE_URL is set: restore the PostgreSQL server with pg_restore');
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new CommandError('name the backup file: npm run restore -- <file> [--replace]');
  const source = resolve(file);
  if (!existsSync(source)) throw new CommandError(`no such file: ${source}`);
  const result = await restoreEmbeddedDatabase(config.dataDir, source, {
    replace: args.includes('--replace'),
    now: new Date(),
  });
  process.stdout.write(
    `restored ${source} into ${config.dataDir}` +
      (result.previousMovedTo ? `; the previous database is kept at ${result.previousMovedTo}\n` : '\n'),
  );
});
