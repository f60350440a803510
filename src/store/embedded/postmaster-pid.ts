import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What PostgreSQL writes to `postmaster.pid` while it runs (see its `pidfile.h`). */
export interface PostmasterPid {
  pid: number;
  port: number;
  /** The first socket folder, or '' with none. */
  socketDir: string;
  /** The first TCP address, or '' with none. */
  listenAddress: string;
  /** `starting`, `ready`, `stopping` or `standby`; '' before the server wrote it. */
  status: string;
}

export function readPostmasterPid(pgdata: string): PostmasterPid | undefined {
  let text: string;
  try {
    text = readFileSync(join(pgdata, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return {
    pid,
    port: Number(lines[3] ?? 0),
    socketDir: (lines[4] ?? '').trim(),
    listenAddress: (lines[5] ?? '').trim(),
    status: (lines[7] ?? '').trim(),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `pid` is a PostgreSQL server running on this cluster: a postmaster works in its data
 * folder, so its working directory is the folder. A pid that only happens to be alive (reused by
 * another process after a crash, or PID 1 in a container) is not one.
 */
function isPostmasterOf(pid: number, pgdata: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(pgdata);
  } catch {
    // No /proc (macOS): ask ps whether it is a postgres at all.
    const ps = spawnSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 && ps.stdout.trim().endsWith('postgres');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(20);
  }
  return !isAlive(pid);
}

/**
 * Before a start: a server left running by a service that was killed (`kill -9`) still holds the
 * cluster. It is stopped with a fast shutdown (SIGINT: sessions end, a checkpoint is written), and
 * harder if it does not go. A `postmaster.pid` whose pid is gone or belongs to another process is
 * removed with the socket's lock file, since PostgreSQL would refuse to start past a live pid.
 * Returns what it did, for the log.
 */
export async function clearLeftoverPostmaster(
  pgdata: string,
  socketDir: string,
): Promise<'none' | 'stopped' | 'stale'> {
  const recorded = readPostmasterPid(pgdata);
  if (!recorded) return 'none';
  if (isPostmasterOf(recorded.pid, pgdata)) {
    for (const [signal, waitMs] of [
      ['SIGINT', 30_000],
      ['SIGQUIT', 5_000],
      ['SIGKILL', 5_000],
    ] as const) {
      try {
        process.kill(recorded.pid, signal);
      } catch {
        // already gone
      }
      if (await exited(recorded.pid, waitMs)) return 'stopped';
    }
    throw new Error(`the PostgreSQL server ${recorded.pid} left running on ${pgdata} does not stop`);
  }
  rmSync(join(pgdata, 'postmaster.pid'), { force: true });
  removeSocketLocks(socketDir);
  return 'stale';
}

/** The socket and its lock file, left by a server that is gone. */
export function removeSocketLocks(socketDir: string): void {
  let names: string[];
  try {
    names = readdirSync(socketDir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith('.s.PGSQL.')) rmSync(join(socketDir, name), { force: true });
}
