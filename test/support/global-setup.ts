import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openEmbeddedDatabase } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';

export const TMP_ROOT = resolve('.tmp');

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of a migrated PGlite database, loaded by each test instead of creating one (~6 s). */
    pgliteTemplateDump: string;
    /** A closed, migrated PGlite data folder (under `pgdata/`) for tests that start processes. */
    pgliteTemplateDataDir: string;
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

/**
 * Runs once before all tests: makes the migrated PGlite template, and checks that the compiled
 * build (`dist/`, which process tests start) exists.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  rmSync(TMP_ROOT, { recursive: true, force: true });
  mkdirSync(TMP_ROOT, { recursive: true });
  if (buildIsStale()) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

  const dataDir = join(TMP_ROOT, 'template-data');
  const database = await openEmbeddedDatabase({ dataDir: join(dataDir, 'pgdata') });
  await migrate(database.db);
  const dump = await database.pglite.dumpDataDir('none');
  await database.close();
  const dumpPath = join(TMP_ROOT, 'pglite-template.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));

  project.provide('pgliteTemplateDump', dumpPath);
  project.provide('pgliteTemplateDataDir', dataDir);
  return () => {
    if (!process.env.KEEP_TMP) rmSync(TMP_ROOT, { recursive: true, force: true });
  };
}
