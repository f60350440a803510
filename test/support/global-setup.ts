import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freshDatabase } from '../../scripts/fresh-database.js';
import { openDatabase } from '../../src/store/database.js';
import { clusterLayout } from '../../src/store/embedded/cluster-layout.js';
import { type ClusterConnection, startEmbeddedCluster } from '../../src/store/embedded/embedded-cluster.js';
import { migrate } from '../../src/store/migrate.js';

export const TMP_ROOT = resolve('.tmp');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The suite's own embedded PostgreSQL server; its database `redress` is migrated, the template. */
    embeddedServer: ClusterConnection;
    /** A stopped, migrated embedded data folder (pgdata and password) for tests that start processes. */
    templateDataDir: string;
    /** On TEST_DATABASE_URL's server: a migrated database that each test's database is made from. */
    serverTemplate: string;
  }
}

/** No `dist/main.js`, or a source file changed after it was built: process tests would run old code. */
function buildIsStale(): boolean {
  if (!existsSync('dist/main.js')) return true;
  const built = statSync('dist/main.js').mtimeMs;
  const sources = readdirSync('src', { recursive: true, withFileTypes: true });
  return sources.some(
    (entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs > built,
  );
}

const silent = { info: () => {}, warn: (obj: object, msg: string) => console.warn(msg, obj) };

/** A migrated cluster made once: copied for process tests, started for the suite's own server. */
async function makeTemplateDataDir(dataDir: string): Promise<void> {
  const cluster = await startEmbeddedCluster({
    dataDir,
    sharedBuffersMb: 16,
    maxConnections: 20,
    autovacuumWorkers: 1,
    log: silent,
  });
  const database = await openDatabase({ connection: cluster.connection, poolSize: 1 });
  await migrate(database.db);
  await database.close();
  await cluster.stop();
}

/**
 * Runs once before all tests: makes a migrated embedded cluster, starts a copy of it as the suite's
 * server (each test's database is made from its migrated database with CREATE DATABASE … TEMPLATE),
 * and on TEST_DATABASE_URL's server a migrated template database too. Checks that `dist/` is built.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(TMP_ROOT, { recursive: true, force: true });
  mkdirSync(TMP_ROOT, { recursive: true });
  if (buildIsStale()) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

  const templateDir = join(TMP_ROOT, 'template-data');
  await makeTemplateDataDir(templateDir);

  const serverDir = join(TMP_ROOT, 'test-server');
  const template = clusterLayout(templateDir);
  const layout = clusterLayout(serverDir);
  mkdirSync(serverDir, { recursive: true });
  cpSync(template.pgdata, layout.pgdata, { recursive: true });
  cpSync(template.passwordFile, layout.passwordFile);
  const server = await startEmbeddedCluster({
    dataDir: serverDir,
    sharedBuffersMb: 64,
    maxConnections: 400,
    autovacuumWorkers: 1,
    log: silent,
  });

  let serverTemplate = '';
  let dropServerTemplate = async () => {};
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const fresh = await freshDatabase(adminUrl, 'redress_template');
    const database = await openDatabase({ connection: { connectionString: fresh.url }, poolSize: 1 });
    await migrate(database.db);
    await database.close();
    serverTemplate = new URL(fresh.url).pathname.slice(1);
    dropServerTemplate = fresh.drop;
  }

  project.provide('embeddedServer', server.connection);
  project.provide('templateDataDir', templateDir);
  project.provide('serverTemplate', serverTemplate);
  return async () => {
    await dropServerTemplate().catch(() => undefined);
    await server.stop();
    if (!process.env.KEEP_TMP) rmSync(TMP_ROOT, { recursive: true, force: true });
  };
}
