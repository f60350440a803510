import { DeskNotEmptyError, seedDemoDesk } from '../app/setup/demo-desk.js';
import { loadConfig } from '../config.js';
import { migrate } from '../store/migrate.js';
import { commandContext } from './app-context.js';
import { CommandError, runCommand } from './run-command.js';
import { storageForCommand } from './storage-for-command.js';

/**
 * `npm run seed:demo`: fills an empty database with a demo desk and prints the staff accounts'
 * passwords once. Refuses a database that already holds cases.
 */
runCommand('seed:demo', async () => {
  const config = loadConfig();
  const storage = await storageForCommand(config, 'seed:demo');
  try {
    await migrate(storage.database.db);
    const seeded = await seedDemoDesk(commandContext(config, storage.database.db)).catch((error: unknown) => {
      if (error instanceof DeskNotEmptyError) throw new CommandError(error.message);
      throw error;
    });
    const lines = seeded.accounts.map(
      (a) => `  ${a.role.padEnd(16)} ${a.email.padEnd(40)} ${a.password}   (${a.displayName})`,
    );
    process.stdout.write(
      `demo desk ready: ${seeded.cases} cases in four languages\n` +
        `staff accounts (passwords shown once; sign in at ${config.publicUrl}/console):\n${lines.join('\n')}\n`,
    );
  } finally {
    await storage.close();
  }
});
