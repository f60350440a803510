import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirs } from './make-dirs.js';

/**
 * PGlite allows one process per data folder; two would corrupt it. Whoever opens the folder
 * (the server, `npm run migrate`, `npm run backup`, …) first takes this lock: a file holding the
 * owner's pid and role. A lock whose process is gone (after a crash or kill -9) is taken over.
 */
export const LOCK_FILE_NAME = 'redress.lock';

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
    readonly ownerRole: string,
  ) {
    super(
      `the data folder ${dataDir} is in use by process ${ownerPid} (${ownerRole}); ` +
        'stop it first — the embedded database allows one process at a time',
    );
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface LockOwner {
  pid: number;
  role: string;
  since: string;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && typeof parsed.pid === 'number') {
      const role = 'role' in parsed && typeof parsed.role === 'string' ? parsed.role : 'unknown';
      return { pid: parsed.pid, role, since: '' };
    }
  } catch {
    // Missing or half-written: treated as no owner.
  }
  return undefined;
}

/** Who holds the folder now, if anyone alive does. */
export function dataDirOwner(dataDir: string): { pid: number; role: string } | undefined {
  const owner = readOwner(join(dataDir, LOCK_FILE_NAME));
  return owner && isAlive(owner.pid) ? owner : undefined;
}

export function acquireDataDirLock(dataDir: string, role: string): DataDirLock {
  makeDirs(dataDir);
  const path = join(dataDir, LOCK_FILE_NAME);
  const owner: LockOwner = { pid: process.pid, role, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails if the file exists: of two processes racing, exactly one creates it.
      writeFileSync(path, JSON.stringify(owner), { flag: 'wx' });
      return {
        path,
        release() {
          if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readOwner(path);
      if (current && isAlive(current.pid)) throw new DataDirBusyError(dataDir, current.pid, current.role);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
