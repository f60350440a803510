import { loadConfig } from '../config.js';
import { startCommitmentSweep } from '../jobs/commitment-sweep.js';
import { commandContext } from './app-context.js';
import { runCommand } from './run-command.js';
import { storageForCommand } from './storage-for-command.js';

/**
 * `npm run sweep`: one pass of the commitment sweep (C7–C9), as every server runs each minute.
 * For operators (after an outage, or from cron beside servers on a shared PostgreSQL): running it
 * alongside servers is safe, each alarm fires once whoever gets there first.
 */
runCommand('sweep', async () => {
  const config = loadConfig();
  const storage = await storageForCommand(config, 'sweep');
  const sweep = startCommitmentSweep({
    ctx: commandContext(config, storage.database.db),
    log: { error: (obj, msg) => process.stderr.write(`${msg ?? ''} ${JSON.stringify(obj)}\n`) },
    intervalMs: 2 ** 31 - 1,
  });
  try {
    const fired = await sweep.runOnce();
    process.stdout.write(`commitment sweep: ${fired} alarm(s) fired\n`);
  } finally {
    await sweep.stop();
    await storage.close();
  }
});
