import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { freshDatabase } from '../../scripts/fresh-database.js';
import { type Database, openEmbeddedDatabase, openServerDatabase } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';

export interface TestDatabase extends Database {
  /** Closes the connection and removes what the test made (the whole database on a server). */
  dispose(): Promise<void>;
}

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated database of its own. */
  open(): Promise<TestDatabase>;
  /** A connection string for a fresh database (server backend only). */
  freshUrl?(): Promise<{ url: string; drop(): Promise<void> }>;
}

let templateDump: Blob | undefined;

/** A migrated PGlite in memory, loaded from the template made in global setup. */
export async function openTemplatePglite(): Promise<
  TestDatabase & Awaited<ReturnType<typeof openEmbeddedDatabase>>
> {
  templateDump ??= new Blob([readFileSync(inject('pgliteTemplateDump'))]);
  const database = await openEmbeddedDatabase({ loadDataDir: templateDump });
  return Object.assign(database, { dispose: () => database.close() });
}

const pgliteBackend: TestBackend = { name: 'pglite', open: openTemplatePglite };

function serverBackend(adminUrl: string): TestBackend {
  /** Each test database is a new database on the server, dropped afterwards. */
  const freshUrl = () => freshDatabase(adminUrl, 'redress_test');
  return {
    name: 'postgres',
    freshUrl,
    async open() {
      const fresh = await freshUrl();
      const database = await openServerDatabase({ connectionString: fresh.url, poolSize: 5 });
      await migrate(database.db);
      return Object.assign(database, {
        async dispose() {
          await database.close();
          await fresh.drop();
        },
      });
    },
  };
}

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pgliteBackend, serverBackend(url)] : [pgliteBackend];
}

export function serverBackendOrUndefined(): TestBackend | undefined {
  return testBackends().find((backend) => backend.name === 'postgres');
}
