import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAdmin } from '../app/setup/create-admin.js';
import { loadConfig } from '../config.js';
import { migrate } from '../store/migrate.js';
import { commandContext } from './app-context.js';
import { CommandError, runCommand } from './run-command.js';
import { storageForCommand } from './storage-for-command.js';

/**
 * `npm run admin:create -- --email ops@provider.example [--name "Ops"]`: creates an admin. The
 * password comes from ADMIN_PASSWORD, or is generated and printed once (never as an argument,
 * where other users of the machine could read it in the process list).
 */
runCommand('admin:create', async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email)
    throw new CommandError('usage: npm run admin:create -- --email someone@example.org [--name "Name"]');
  const config = loadConfig();
  const generated = process.env.ADMIN_PASSWORD === undefined;
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(15).toString('base64url');
  const storage = await storageForCommand(config, 'admin:create');
  try {
    await migrate(storage.database.db);
    const created = await createAdmin(commandContext(config, storage.database.db), {
      email: values.email,
      displayName: values.name ?? 'Administrator',
      password,
    });
    if (!created.ok) {
      const reason =
        created.error.code === 'ALREADY_EXISTS'
          ? `an account with the email ${values.email} already exists`
          : created.error.code === 'INVALID_INPUT'
            ? `invalid ${created.error.fields.map((f) => f.field.slice(1)).join(', ')} (passwords: at least 12 characters)`
            : created.error.code;
      throw new CommandError(reason);
    }
    process.stdout.write(
      `created admin ${created.value.email}${generated ? `\npassword (shown once): ${password}` : ''}\n`,
    );
  } finally {
    await storage.close();
  }
});
