import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { importPgliteFolder } from '../store/pglite-import.js';
import { CommandError, runCommand } from './run-command.js';
import { storageForCommand } from './storage-for-command.js';

/**
 * `npm run import:pglite -- <folder>`: brings the PGlite database of an earlier Redress (the
 * `pgdata` folder it kept in DATA_DIR, moved aside) into this version's database, once: the
 * embedded PostgreSQL in DATA_DIR, made new for it, or DATABASE_URL's. Uploaded documents stay
 * where they are (DATA_DIR/files).
 */
runCommand('import:pglite', async () => {
  const folder = process.argv[2];
  if (!folder) throw new CommandError('name the PGlite folder: npm run import:pglite -- data/pgdata.pglite');
  const config = loadConfig();
  const storage = await storageForCommand(config, 'import:pglite');
  try {
    const report = await importPgliteFolder(storage.database.db, resolve(folder));
    const rows = report.tables.reduce((sum, table) => sum + table.rows, 0);
    const cases = report.tables.find((table) => table.name === 'complaint_case')?.rows ?? 0;
    process.stdout.write(
      `imported ${resolve(folder)} (schema version ${report.fromVersion}): ${cases} cases, ${rows} rows in ${report.tables.length} tables\n`,
    );
  } finally {
    await storage.close();
  }
});
