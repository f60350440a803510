import { accessSync, constants } from 'node:fs';
import { acquireDataDirLock, DataDirBusyError, type DataDirLock } from './data-dir-lock.js';
import { type Database, type DatabaseConnection, openDatabase } from './database.js';
import {
  type ClusterLog,
  type EmbeddedCluster,
  runningClusterConnection,
  startEmbeddedCluster,
} from './embedded/embedded-cluster.js';
import { makeDirs } from './make-dirs.js';
import { MIGRATIONS } from './migrations/index.js';
import { type StorageHealth, storageHealth } from './storage-health.js';

export class StorageUnavailableError extends Error {}

export interface StorageSettings {
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * Connections per instance; unset: 10 on a server, 5 on the embedded one, 2 for a command that
   * works through a running service's server.
   */
  databasePoolSize?: number | undefined;
  /** The embedded server's `shared_buffers`, in MB. */
  embeddedSharedBuffersMb?: number;
  embeddedAutovacuumWorkers?: number;
}

export interface Storage {
  readonly database: Database;
  /** `embedded`: the PostgreSQL server this process runs; `server`: DATABASE_URL's. */
  readonly mode: 'embedded' | 'server' | 'embedded, through the running service';
  readonly health: StorageHealth;
  /** Called if the embedded server died and could not be restarted: the service must end. */
  onFatal(listener: (reason: string) => void): void;
  /** Closes the database, stops the embedded server, then lets go of the data folder. */
  close(): Promise<void>;
}

export interface OpenStorageOptions {
  /** Who holds the data folder (the server, `npm run migrate`, …), for whoever finds it held. */
  role: string;
  /**
   * A command (backup, migrate, …) may work through the embedded server of a service already
   * running on the folder, instead of refusing; a second server never does.
   */
  throughRunningService?: boolean;
  log?: ClusterLog;
}

const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export function ensureWritableDir(dir: string): void {
  try {
    makeDirs(dir);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new StorageUnavailableError(`the data folder ${dir} is not writable (${reason})`);
  }
}

const quiet: ClusterLog = { info: () => {}, warn: () => {} };

/** Opens the database the settings name: DATABASE_URL's server, or the embedded one in DATA_DIR. */
export async function openStorage(settings: StorageSettings, options: OpenStorageOptions): Promise<Storage> {
  ensureWritableDir(settings.dataDir);
  if (settings.databaseUrl) {
    return connect(settings, { connectionString: settings.databaseUrl }, 'server', 10, {
      close: async () => {},
    });
  }
  let lock: DataDirLock;
  try {
    lock = await acquireDataDirLock(settings.dataDir, options.role);
  } catch (error) {
    if (
      !(error instanceof DataDirBusyError) ||
      !options.throughRunningService ||
      error.ownerRole !== 'server'
    )
      throw error;
    const running = runningClusterConnection(settings.dataDir);
    if (!running) throw error;
    return connect(settings, running, 'embedded, through the running service', 2, { close: async () => {} });
  }
  let cluster: EmbeddedCluster;
  try {
    cluster = await startEmbeddedCluster({
      dataDir: settings.dataDir,
      sharedBuffersMb: settings.embeddedSharedBuffersMb ?? 16,
      autovacuumWorkers: settings.embeddedAutovacuumWorkers ?? 1,
      maxConnections: (settings.databasePoolSize ?? 5) + 10,
      log: options.log ?? quiet,
    });
  } catch (error) {
    await lock.release();
    throw new StorageUnavailableError(
      `cannot run the embedded database in ${settings.dataDir}: ${describe(error)}`,
    );
  }
  try {
    return await connect(settings, cluster.connection, 'embedded', 5, {
      cluster,
      close: async () => {
        try {
          await cluster.stop();
        } finally {
          await lock.release();
        }
      },
    });
  } catch (error) {
    await cluster.stop().finally(() => lock.release());
    throw error;
  }
}

async function connect(
  settings: StorageSettings,
  connection: DatabaseConnection,
  mode: Storage['mode'],
  defaultPoolSize: number,
  owned: { cluster?: EmbeddedCluster; close: () => Promise<void> },
): Promise<Storage> {
  let database: Database | undefined;
  const health = storageHealth({
    db: () => {
      if (!database) throw new Error('the database is not open yet');
      return database.db;
    },
    schemaVersion: SCHEMA_VERSION,
    ...(owned.cluster
      ? { embedded: { state: owned.cluster.state, pgdata: owned.cluster.layout.pgdata } }
      : {}),
  });
  try {
    database = await openDatabase({
      connection,
      poolSize: settings.databasePoolSize ?? defaultPoolSize,
      onError: (error) => health.noteFailure(error),
    });
  } catch (error) {
    const where =
      mode === 'server' ? 'the database at DATABASE_URL' : `the embedded database in ${settings.dataDir}`;
    throw new StorageUnavailableError(`cannot reach ${where} (${describe(error)})`);
  }
  const opened = database;
  return {
    database: opened,
    mode,
    health,
    onFatal(listener) {
      owned.cluster?.onGaveUp(listener);
    },
    async close() {
      try {
        await opened.close();
      } finally {
        await owned.close();
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
