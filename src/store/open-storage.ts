import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { type Database, openEmbeddedDatabase, openServerDatabase } from './database.js';
import { makeDirs } from './make-dirs.js';

export class StorageUnavailableError extends Error {}

export interface StorageSettings {
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize?: number;
  databasePreparedStatements?: boolean;
}

export interface Storage {
  readonly database: Database;
  /** Closes the database, then lets go of the data folder. */
  close(): Promise<void>;
}

/** Where PGlite keeps its files inside DATA_DIR (the folder also holds files, outbox, lock). */
export function embeddedDatabaseDir(dataDir: string): string {
  return join(dataDir, 'pgdata');
}

export function ensureWritableDir(dir: string): void {
  try {
    makeDirs(dir);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new StorageUnavailableError(`the data folder ${dir} is not writable (${reason})`);
  }
}

/**
 * Opens the database the settings name. `role` says who holds an embedded data folder
 * ("server", "migrate", "backup", …), for the message another process gets while it is held.
 */
export async function openStorage(settings: StorageSettings, role: string): Promise<Storage> {
  ensureWritableDir(settings.dataDir);
  if (settings.databaseUrl) {
    let database: Database;
    try {
      database = await openServerDatabase({
        connectionString: settings.databaseUrl,
        poolSize: settings.databasePoolSize ?? 10,
        preparedStatements: settings.databasePreparedStatements ?? true,
      });
    } catch (error) {
      throw new StorageUnavailableError(`cannot reach the database at DATABASE_URL (${describe(error)})`);
    }
    return { database, close: () => database.close() };
  }
  const lock: DataDirLock = acquireDataDirLock(settings.dataDir, role);
  try {
    const database = await openEmbeddedDatabase({ dataDir: embeddedDatabaseDir(settings.dataDir) });
    return {
      database,
      async close() {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw new StorageUnavailableError(
      `cannot open the embedded database in ${settings.dataDir} (${describe(error)})`,
    );
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
