import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import { POSTGRES_MAJOR } from '../embedded/embedded-cluster.js';
import { schemaVersion } from '../schema-version.js';
import { archiveWriter } from './archive.js';

/** A backup or restore that would lose or overwrite something; nothing was changed. */
export class BackupRefusedError extends Error {}

/** What a backup says of itself (`redress-backup.json`, the archive's first entry). */
export interface BackupManifest {
  format: 'redress-backup';
  version: 1;
  madeAt: string;
  postgresMajor: number;
  schemaVersion: number;
  /** The WAL span the copy needs to be consistent (from `pg_backup_start` to `pg_backup_stop`). */
  startLsn: string;
  stopLsn: string;
}

export const MANIFEST_NAME = 'redress-backup.json';

/** Left out of a copy of a running cluster, as pg_basebackup leaves them out: made afresh at start. */
const SKIPPED_CONTENTS: ReadonlySet<string> = new Set([
  'pg_wal',
  'pg_dynshmem',
  'pg_notify',
  'pg_replslot',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED_FILES: ReadonlySet<string> = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
  'pg_internal.init',
  'current_logfiles',
]);

export interface BackupSources {
  pgdata: string;
  /** Uploaded documents (FILES_DIR): they belong to the cases, so they travel with them. */
  filesDir: string;
  /** The database role's password, which the copied cluster keeps. */
  passwordFile: string;
}

/**
 * A consistent copy of the embedded database while it runs, with PostgreSQL's low-level
 * base-backup API: `pg_backup_start`, a copy of the cluster's files as they are (pages may change
 * under the copy), `pg_backup_stop`, and the WAL from the start to the stop, which a restore
 * replays so the copy is what was committed at the stop. A temporary replication slot keeps that
 * WAL from being recycled while the copy runs. The platform package ships no pg_basebackup or
 * pg_dump; this is what pg_basebackup itself does, over a plain connection.
 *
 * The session functions must run on one connection, so all of it runs on one.
 */
export async function takeBackup(db: Db, sources: BackupSources, target: string): Promise<BackupManifest> {
  if (existsSync(target)) throw new BackupRefusedError(`${target} already exists; choose another file name`);
  const archive = archiveWriter(target);
  try {
    const manifest = await db.connection().execute(async (conn) => {
      const slot = `redress_backup_${randomBytes(6).toString('hex')}`;
      await sql`select pg_create_physical_replication_slot(${slot}, true, true)`.execute(conn);
      let inBackup = false;
      try {
        const started = await sql<{
          lsn: string;
        }>`select pg_backup_start('redress', true)::text as lsn`.execute(conn);
        inBackup = true;
        const startLsn = started.rows[0]?.lsn ?? '';
        await copyCluster(archive, sources.pgdata, sources.pgdata);
        const stopped = await sql<{ lsn: string; labelfile: string; spcmapfile: string | null }>`
          select lsn::text as lsn, labelfile, spcmapfile from pg_backup_stop(false)`.execute(conn);
        inBackup = false;
        const stop = stopped.rows[0];
        if (!stop) throw new Error('pg_backup_stop returned nothing');
        // The control file last, as pg_basebackup sends it, read until two reads agree: a
        // checkpoint rewriting it meanwhile must not leave the copy a torn mix of two versions.
        await archive.addBytes(
          'pgdata/global/pg_control',
          steadyRead(join(sources.pgdata, 'global', 'pg_control')),
        );
        await archive.addBytes('pgdata/backup_label', Buffer.from(stop.labelfile));
        if (stop.spcmapfile) await archive.addBytes('pgdata/tablespace_map', Buffer.from(stop.spcmapfile));
        await copyWal(conn, archive, sources.pgdata, startLsn, stop.lsn);
        return {
          format: 'redress-backup',
          version: 1,
          madeAt: new Date().toISOString(),
          postgresMajor: POSTGRES_MAJOR,
          schemaVersion: await schemaVersion(conn),
          startLsn,
          stopLsn: stop.lsn,
        } satisfies BackupManifest;
      } finally {
        // A backup that failed half-way must not leave the session (and the server) in backup mode.
        if (inBackup) await sql`select pg_backup_stop(false)`.execute(conn).catch(() => undefined);
        await sql`select pg_drop_replication_slot(${slot})`.execute(conn).catch(() => undefined);
      }
    });
    if (existsSync(sources.passwordFile)) await archive.addFile('pg-password', sources.passwordFile);
    if (existsSync(sources.filesDir)) await copyFolder(archive, sources.filesDir, 'files');
    await archive.addBytes(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await archive.finish();
    return manifest;
  } catch (error) {
    archive.abort(error instanceof Error ? error : new Error(String(error)));
    rmSync(target, { force: true });
    throw error;
  }
}

async function copyCluster(
  archive: ReturnType<typeof archiveWriter>,
  pgdata: string,
  dir: string,
): Promise<void> {
  const name = (path: string) => `pgdata/${relative(pgdata, path)}`.replace(/\/$/, '');
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await archive.addFolder(name(path));
      if (dir === pgdata && SKIPPED_CONTENTS.has(entry.name)) {
        if (entry.name === 'pg_wal') await archive.addFolder(`${name(path)}/archive_status`);
        continue;
      }
      await copyCluster(archive, pgdata, path);
    } else if (
      entry.isFile() &&
      !SKIPPED_FILES.has(entry.name) &&
      !entry.name.startsWith('pgsql_tmp') &&
      path !== join(pgdata, 'global', 'pg_control')
    ) {
      await archive.addFile(name(path), path);
    }
  }
}

/** The WAL segments from the start's to the stop's, as `pg_backup_stop` left them (complete). */
async function copyWal(
  conn: Db,
  archive: ReturnType<typeof archiveWriter>,
  pgdata: string,
  startLsn: string,
  stopLsn: string,
): Promise<void> {
  const names = await sql<{ first: string; last: string }>`
    select pg_walfile_name(${startLsn}::pg_lsn) as first, pg_walfile_name(${stopLsn}::pg_lsn) as last`.execute(
    conn,
  );
  const span = names.rows[0];
  if (!span) throw new Error('no WAL file names');
  const wal = join(pgdata, 'pg_wal');
  const timeline = span.first.slice(0, 8);
  for (const file of readdirSync(wal).sort()) {
    const segment = /^[0-9A-F]{24}$/.test(file);
    const inSpan = segment && file.startsWith(timeline) && file >= span.first && file <= span.last;
    if (inSpan || file.endsWith('.history')) {
      if (!(await archive.addFile(`pgdata/pg_wal/${file}`, join(wal, file))))
        throw new Error(`the WAL segment ${file} was removed during the backup`);
    }
  }
}

async function copyFolder(archive: ReturnType<typeof archiveWriter>, dir: string, as: string): Promise<void> {
  await archive.addFolder(as);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await copyFolder(archive, path, `${as}/${entry.name}`);
    else if (entry.isFile()) await archive.addFile(`${as}/${entry.name}`, path);
  }
}

/** A small file read until two reads in a row agree. */
function steadyRead(path: string): Buffer {
  let last = readFileSync(path);
  for (let attempt = 0; attempt < 10; attempt++) {
    const again = readFileSync(path);
    if (again.equals(last)) return again;
    last = again;
  }
  throw new Error(`${path} kept changing while it was read`);
}
