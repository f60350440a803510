import { inject } from 'vitest';
import { type FreshDatabase, freshDatabase } from '../../scripts/fresh-database.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { DATABASE_NAME } from '../../src/store/embedded/cluster-layout.js';

export interface TestDatabase extends Database {
  /** Its connection string (for child processes and a second pool). */
  readonly url: string;
  /** Closes the connection and drops the database. */
  dispose(): Promise<void>;
}

export interface TestBackend {
  name: 'embedded' | 'server';
  /** A fresh database of its own, migrated (made from the migrated template). */
  open(options?: { poolSize?: number }): Promise<TestDatabase>;
  /** A fresh, empty database (never migrated), for tests of migration and of several instances. */
  freshUrl(): Promise<FreshDatabase>;
}

/** The suite's embedded server as a connection string for `database` (over its Unix socket). */
function embeddedUrl(database: string): string {
  const server = inject('embeddedServer');
  const url = new URL(`postgres://${server.user}@localhost/${database}`);
  url.password = server.password;
  url.searchParams.set('host', server.host);
  url.searchParams.set('port', String(server.port));
  return url.toString();
}

function backend(name: TestBackend['name'], adminUrl: string, template: string): TestBackend {
  const prefix = 'redress_test';
  const create = (fromTemplate: boolean): Promise<FreshDatabase> =>
    freshDatabase(adminUrl, prefix, fromTemplate ? template : undefined);
  return {
    name,
    freshUrl: () => create(false),
    async open(options = {}) {
      const fresh = await create(true);
      const database = await openDatabase({
        connection: { connectionString: fresh.url },
        poolSize: options.poolSize ?? 5,
      });
      return Object.assign(database, {
        url: fresh.url,
        async dispose() {
          await database.close();
          await fresh.drop();
        },
      });
    },
  };
}

/** The embedded PostgreSQL always; TEST_DATABASE_URL's server too when it is set. */
export function testBackends(): TestBackend[] {
  const embedded = backend('embedded', embeddedUrl('postgres'), DATABASE_NAME);
  const url = process.env.TEST_DATABASE_URL;
  return url ? [embedded, backend('server', url, inject('serverTemplate'))] : [embedded];
}

export function embeddedBackend(): TestBackend {
  return testBackends()[0] as TestBackend;
}

export function serverBackendOrUndefined(): TestBackend | undefined {
  return testBackends().find((candidate) => candidate.name === 'server');
}

/** A pool of its own on a database given by URL (a second instance, say). */
export function openUrl(url: string, poolSize = 4): Promise<Database> {
  return openDatabase({ connection: { connectionString: url }, poolSize });
}
