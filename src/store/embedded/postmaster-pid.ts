import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stopInSteps } from './stop-in-steps.js';

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

const HAS_PROC = existsSync('/proc/self/stat');

/**
 * Whether a process runs. A zombie does not: a killed server whose parent is gone waits as one
 * until PID 1 reaps it, and some PID 1s in containers never do.
 */
function isAlive(pid: number): boolean {
  if (HAS_PROC) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      return state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The processes working in the cluster: a postmaster and its backends all have the data folder as
 * their working directory. Empty where there is no /proc (macOS), and then PostgreSQL's own check
 * of its shared memory is what guards the folder.
 */
function processesIn(pgdata: string): number[] {
  let entries: string[];
  let folder: string;
  try {
    entries = readdirSync('/proc');
    folder = realpathSync(pgdata);
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === folder) pids.push(Number(entry));
    } catch {
      // gone, or not ours to look at
    }
  }
  return pids;
}

/**
 * Whether PostgreSQL would take `pid` for a live server: it asks `kill(pid, 0)`, which also
 * succeeds for a zombie and for any other program that now has the pid.
 */
function pidTaken(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` is a PostgreSQL server working on this cluster (not a pid reused by another program). */
function isPostmasterOf(pid: number, pgdata: string): boolean {
  if (!isAlive(pid)) return false;
  if (HAS_PROC) return processesIn(pgdata).includes(pid);
  // No /proc (macOS): ask ps whether it is a postgres at all.
  const ps = spawnSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 && ps.stdout.trim().endsWith('postgres');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/**
 * Before a start, what an earlier run left on the cluster:
 * - a server still running, left by a service killed with `kill -9`: stopped, fast shutdown first;
 * - backends of a server that was killed: they end by themselves within moments of noticing; any
 *   still working after a few seconds are killed, since a new server must never run beside them;
 * - a `postmaster.pid` naming a pid that is still taken, by the killed server as a zombie nobody
 *   reaps (some PID 1s in containers never do) or by another program (after a reboot):
 *   PostgreSQL would refuse to start past it, so once no process works in the cluster that file
 *   and the socket's lock file are removed. A pid that is simply gone is left for PostgreSQL,
 *   whose own check of the old shared memory then guards the folder too.
 * Returns what it did, for the log.
 */
export async function clearLeftoverPostmaster(
  pgdata: string,
  socketDir: string,
): Promise<'none' | 'stopped' | 'stale'> {
  const recorded = readPostmasterPid(pgdata);
  let outcome: 'none' | 'stopped' | 'stale' = 'none';
  if (recorded && isPostmasterOf(recorded.pid, pgdata)) {
    const stopped = await stopInSteps(
      (signal) => process.kill(recorded.pid, signal),
      (ms) => until(() => !isAlive(recorded.pid), ms),
      30_000,
    );
    if (!stopped)
      throw new Error(`the PostgreSQL server ${recorded.pid} left running on ${pgdata} does not stop`);
    outcome = 'stopped';
  }
  if (!(await until(() => processesIn(pgdata).length === 0, 5_000))) {
    for (const pid of processesIn(pgdata)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
    }
    if (!(await until(() => processesIn(pgdata).length === 0, 5_000)))
      throw new Error(`processes of an earlier PostgreSQL server still work in ${pgdata}`);
  }
  if (recorded && outcome === 'none' && pidTaken(recorded.pid)) {
    rmSync(join(pgdata, 'postmaster.pid'), { force: true });
    removeSocketLocks(socketDir);
    outcome = 'stale';
  }
  return outcome;
}

/** The socket and its lock file, left by a server that is gone. */
function removeSocketLocks(socketDir: string): void {
  let names: string[];
  try {
    names = readdirSync(socketDir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith('.s.PGSQL.')) rmSync(join(socketDir, name), { force: true });
}
