import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clusterLayout } from '../embedded/cluster-layout.js';
import { POSTGRES_MAJOR } from '../embedded/embedded-cluster.js';
import { makeDirs } from '../make-dirs.js';
import { extractArchive } from './archive.js';
import { type BackupManifest, BackupRefusedError, MANIFEST_NAME } from './take-backup.js';

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the database that was there before is kept (with --replace), if there was one. */
  previousMovedTo: string | undefined;
}

const holdsSomething = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0;

/**
 * Puts a backup back into DATA_DIR (the caller holds the folder, so no server runs on it). The
 * archive is unpacked beside the cluster first and moved into place only once it is whole and
 * its manifest is one this build can use; a database already there is renamed, never deleted, and
 * only when `replace` is set. The next start of the server replays the backup's WAL (its
 * `backup_label` says from where), which makes the copy consistent.
 */
export async function restoreBackup(options: {
  dataDir: string;
  filesDir: string;
  source: string;
  replace: boolean;
  now: Date;
}): Promise<RestoreResult> {
  const layout = clusterLayout(options.dataDir);
  const occupied = holdsSomething(layout.pgdata) || holdsSomething(options.filesDir);
  if (occupied && !options.replace) {
    throw new BackupRefusedError(
      `${options.dataDir} already holds a database; add --replace to keep it aside and restore over it`,
    );
  }
  const stamp = options.now.toISOString().replace(/[:.]/g, '-');
  const staging = join(options.dataDir, `restoring-${stamp}`);
  makeDirs(staging);
  try {
    await extractArchive(options.source, (name) => join(staging, name));
    const manifest = readManifest(join(staging, MANIFEST_NAME));
    if (!existsSync(join(staging, 'pgdata', 'PG_VERSION')))
      throw new BackupRefusedError(`${options.source} holds no database`);

    let previousMovedTo: string | undefined;
    if (occupied) {
      previousMovedTo = `${layout.pgdata}.before-restore-${stamp}`;
      if (existsSync(layout.pgdata)) renameSync(layout.pgdata, previousMovedTo);
      if (holdsSomething(options.filesDir))
        renameSync(options.filesDir, `${options.filesDir}.before-restore-${stamp}`);
      if (existsSync(layout.passwordFile))
        renameSync(layout.passwordFile, `${layout.passwordFile}.before-restore-${stamp}`);
    }
    rmSync(layout.pgdata, { recursive: true, force: true });
    renameSync(join(staging, 'pgdata'), layout.pgdata);
    if (existsSync(join(staging, 'pg-password')))
      renameSync(join(staging, 'pg-password'), layout.passwordFile);
    if (existsSync(join(staging, 'files'))) {
      rmSync(options.filesDir, { recursive: true, force: true });
      // FILES_DIR may be on another file system than DATA_DIR, where a rename cannot go.
      cpSync(join(staging, 'files'), options.filesDir, { recursive: true });
    }
    return { manifest, previousMovedTo };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function readManifest(path: string): BackupManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new BackupRefusedError('this file is not a Redress backup (it has no redress-backup.json)');
  }
  const manifest = parsed as Partial<BackupManifest>;
  if (manifest.format !== 'redress-backup' || manifest.version !== 1)
    throw new BackupRefusedError('this file is not a Redress backup this version can read');
  if (manifest.postgresMajor !== POSTGRES_MAJOR)
    throw new BackupRefusedError(
      `this backup is of PostgreSQL ${manifest.postgresMajor}; this Redress runs PostgreSQL ${POSTGRES_MAJOR}`,
    );
  return manifest as BackupManifest;
}
