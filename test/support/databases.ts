import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
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
  const freshUrl = async () => {
    const name = `redress_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  };
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
