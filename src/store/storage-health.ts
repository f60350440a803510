import { statfs } from 'node:fs/promises';
import type { Db } from './database.js';
import type { ClusterState } from './embedded/embedded-cluster.js';
import { schemaVersion } from './schema-version.js';
import { storageFailureOf } from './storage-failure.js';

/** Whether the storage can take the service's writes now: what `/readyz` answers. */
export interface StorageHealth {
  /** Every failed statement passes here; a full disk makes the service not ready for a while. */
  noteFailure(error: unknown): void;
  /** The database answers within a moment, its schema is this build's, and the disk has room. */
  ready(): Promise<boolean>;
}

/** After a write failed for lack of space, the service says it is not ready for this long. */
const FULL_DISK_HOLD_MS = 10_000;
/** The embedded server needs room for a new WAL segment (16 MB) and the pages it extends. */
const MIN_FREE_BYTES = 32 * 1024 * 1024;
const ANSWER_WITHIN_MS = 2_000;

export function storageHealth(options: {
  db: () => Db;
  /** The schema version this build migrates to. */
  schemaVersion: number;
  /** The embedded server, whose state and disk are known here. */
  embedded?: { state: () => ClusterState; pgdata: string };
  now?: () => number;
}): StorageHealth {
  const now = options.now ?? Date.now;
  let diskFullAt = Number.NEGATIVE_INFINITY;
  return {
    noteFailure(error) {
      if (storageFailureOf(error) === 'full') diskFullAt = now();
    },
    async ready() {
      if (options.embedded && options.embedded.state() !== 'running') return false;
      if (now() - diskFullAt < FULL_DISK_HOLD_MS) return false;
      if (options.embedded && (await freeBytes(options.embedded.pgdata)) < MIN_FREE_BYTES) return false;
      const version = await withinTime(schemaVersion(options.db()), ANSWER_WITHIN_MS);
      return version === options.schemaVersion;
    },
  };
}

async function freeBytes(path: string): Promise<number> {
  const stats = await statfs(path);
  return stats.bavail * stats.bsize;
}

/** The answer, or undefined if it takes longer than `ms` (a database that hangs is not ready). */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((done) => {
    timer = setTimeout(() => done(undefined), ms);
  });
  return Promise.race([promise.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}
