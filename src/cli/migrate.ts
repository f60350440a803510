import { loadConfig } from '../config.js';
import { migrate } from '../store/migrate.js';
import { runCommand } from './run-command.js';
import { storageForCommand } from './storage-for-command.js';

/** `npm run migrate`: brings the schema up to date (the server also does this at start). */
runCommand('migrate', async () => {
  const storage = await storageForCommand(loadConfig(), 'migrate');
  try {
    const report = await migrate(storage.database.db);
    const applied = report.applied.map((m) => `${m.version} ${m.name}`).join(', ');
    process.stdout.write(
      report.applied.length > 0
        ? `applied ${report.applied.length} migration(s): ${applied}; schema version ${report.version}\n`
        : `schema is up to date at version ${report.version}\n`,
    );
  } finally {
    await storage.close();
  }
});
