import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock } from './data-dir-lock.js';
import { makeDirs } from './make-dirs.js';
import { embeddedDatabaseDir } from './open-storage.js';

/** A backup or restore that would lose or overwrite something; nothing was changed. */
export class BackupRefusedError extends Error {}

/**
 * Backup and restore of the embedded database. A backup is PGlite's own dump of its data folder
 * (a gzipped tar), taken while this process alone holds the folder, so it is consistent.
 * On a PostgreSQL server, use pg_dump and pg_restore instead.
 */
export async function backupEmbeddedDatabase(dataDir: string, target: string): Promise<number> {
  const lock = acquireDataDirLock(dataDir, 'npm run backup');
  try {
    const pgdata = embeddedDatabaseDir(dataDir);
    if (!existsSync(pgdata)) throw new BackupRefusedError(`there is no database in ${dataDir} to back up`);
    if (existsSync(target))
      throw new BackupRefusedError(`${target} already exists; choose another file name`);
    const pglite = await PGlite.create({ dataDir: pgdata });
    try {
      const dump = await pglite.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      makeDirs(dirname(target));
      writeFileSync(target, bytes, { flag: 'wx' });
      return bytes.length;
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Restores a backup into DATA_DIR. An existing database is kept beside it, renamed, never deleted,
 * and only when `replace` is set.
 */
export async function restoreEmbeddedDatabase(
  dataDir: string,
  source: string,
  options: { replace: boolean; now: Date },
): Promise<{ previousMovedTo: string | undefined }> {
  const lock = acquireDataDirLock(dataDir, 'npm run restore');
  try {
    const pgdata = embeddedDatabaseDir(dataDir);
    let previousMovedTo: string | undefined;
    if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
      if (!options.replace) {
        throw new BackupRefusedError(
          `${dataDir} already holds a database; add --replace to keep it aside and restore over it`,
        );
      }
      previousMovedTo = `${pgdata}.before-restore-${options.now.toISOString().replace(/[:.]/g, '-')}`;
      renameSync(pgdata, previousMovedTo);
    }
    const blob = new Blob([readFileSync(source)], { type: 'application/x-gzip' });
    const pglite = await PGlite.create({ dataDir: pgdata, loadDataDir: blob });
    await pglite.query('select 1');
    await pglite.close();
    return { previousMovedTo };
  } finally {
    lock.release();
  }
}
