import type { Config } from '../config.js';
import { openStorage, type Storage } from '../store/open-storage.js';

/**
 * The storage for a command-line task. On the embedded database, a command run while the service
 * is running goes through the service's own PostgreSQL server; otherwise it runs the server itself
 * for as long as it needs it (and a service started meanwhile refuses the folder).
 */
export function storageForCommand(config: Config, name: string): Promise<Storage> {
  return openStorage(config, {
    role: `npm run ${name}`,
    throughRunningService: true,
    log: {
      info: () => {},
      warn: (_obj, msg) => process.stderr.write(`redress ${name}: ${msg}\n`),
    },
  });
}
