import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import type { ClusterLayout } from './cluster-layout.js';
import { lastLine, postgresEnvironment } from './make-cluster.js';
import type { PostgresAccount } from './postgres-account.js';
import type { PostgresBinaries } from './postgres-binaries.js';
import { readPostmasterPid } from './postmaster-pid.js';
import { stopInSteps } from './stop-in-steps.js';

/** A PostgreSQL server this process started and watches. */
export interface Postmaster {
  readonly pid: number;
  /** Settles when the server process has ended, for whatever reason. */
  readonly exited: Promise<void>;
  /** Fast shutdown (SIGINT), then harder if it does not end in time. */
  stop(): Promise<void>;
}

export class PostmasterStartError extends Error {}

const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the server and waits until it accepts connections (its `postmaster.pid` says "ready",
 * as `pg_ctl -w` reads it), after crash recovery if it needs one. It runs in a process group of its
 * own, so a Ctrl-C meant for the service reaches the service, which then stops it in order. Its
 * output goes to DATA_DIR/postgres.log, which stays readable after the service is gone.
 */
export async function startPostmaster(options: {
  binaries: PostgresBinaries;
  account: PostgresAccount | undefined;
  layout: ClusterLayout;
  args: readonly string[];
  timeoutMs: number;
}): Promise<Postmaster> {
  const { layout } = options;
  rotateLog(layout.logFile);
  const logFrom = existsSync(layout.logFile) ? statSync(layout.logFile).size : 0;
  const log = openSync(layout.logFile, 'a', 0o600);
  let child: ChildProcess;
  try {
    child = spawn(options.binaries.postgres, ['-D', layout.pgdata, ...options.args], {
      env: postgresEnvironment(),
      detached: true,
      stdio: ['ignore', log, log],
      ...(options.account ? { uid: options.account.uid, gid: options.account.gid } : {}),
    });
  } finally {
    closeSync(log);
  }
  let ended = false;
  const exited = new Promise<void>((done) => {
    child.once('exit', () => {
      ended = true;
      done();
    });
    child.once('error', () => {
      ended = true;
      done();
    });
  });
  // If this process ends without stopping the server (an uncaught error, process.exit), the
  // server is asked for a fast shutdown on the way out rather than left running.
  const onExit = () => {
    if (!ended) child.kill('SIGINT');
  };
  process.once('exit', onExit);
  void exited.then(() => process.off('exit', onExit));

  const pid = child.pid;
  const started = Date.now();
  for (;;) {
    if (ended || pid === undefined) {
      throw new PostmasterStartError(
        `PostgreSQL did not start: ${lastLine(readFrom(layout.logFile, logFrom))}`,
      );
    }
    const recorded = readPostmasterPid(layout.pgdata);
    if (recorded?.pid === pid && recorded.status === 'ready') break;
    if (Date.now() - started > options.timeoutMs) {
      child.kill('SIGQUIT');
      await exited;
      throw new PostmasterStartError(
        `PostgreSQL did not become ready within ${options.timeoutMs / 1000} s: ${lastLine(readFrom(layout.logFile, logFrom))}`,
      );
    }
    await sleep(10);
  }

  let stopping: Promise<void> | undefined;
  return {
    pid,
    exited,
    stop() {
      stopping ??= stopInSteps(
        (signal) => {
          if (!ended) child.kill(signal);
        },
        async (ms) => {
          await endedWithin(exited, ms);
          return ended;
        },
      ).then(() => undefined);
      return stopping;
    },
  };
}

/** Waits for `exited`, or `ms` at most (the timer does not outlive the wait). */
async function endedWithin(exited: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise<void>((done) => (timer = setTimeout(done, ms)))]);
  clearTimeout(timer);
}

function rotateLog(path: string): void {
  try {
    if (statSync(path).size > LOG_ROTATE_BYTES) renameSync(path, `${path}.1`);
  } catch {
    // no log yet
  }
}

/** What the server wrote to its log since `offset` (the last 8 kB of it). */
function readFrom(path: string, offset: number): string {
  try {
    const size = statSync(path).size;
    const start = Math.max(offset, size - 8_192);
    const buffer = Buffer.alloc(size - start);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, start);
    } finally {
      closeSync(fd);
    }
    return buffer.toString('utf8');
  } catch {
    return '';
  }
}
