import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeDirs } from '../make-dirs.js';
import {
  type ClusterLayout,
  clusterLayout,
  DATABASE_NAME,
  DATABASE_USER,
  SOCKET_PORT,
  socketFits,
} from './cluster-layout.js';
import { foreignClusterProblem } from './foreign-cluster.js';
import { freeLocalPort } from './free-port.js';
import { clusterExists, makeCluster, runToEnd } from './make-cluster.js';
import { letAccountReach, type PostgresAccount, postgresAccount } from './postgres-account.js';
import { type PostgresBinaries, postgresBinaries } from './postgres-binaries.js';
import { type Postmaster, PostmasterStartError, startPostmaster } from './postmaster.js';
import { clearLeftoverPostmaster, readPostmasterPid } from './postmaster-pid.js';
import { type EmbeddedServerSettings, type Listener, serverArguments } from './server-settings.js';

/** The PostgreSQL major version of the binaries Redress ships (the platform package's). */
export const POSTGRES_MAJOR = 18;

/** How node-postgres reaches the embedded server: a socket folder, or 127.0.0.1 and a port. */
export interface ClusterConnection {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export type ClusterState = 'running' | 'restarting' | 'stopping' | 'stopped' | 'failed';

export interface ClusterLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface EmbeddedCluster {
  readonly layout: ClusterLayout;
  readonly connection: ClusterConnection;
  /** `running` while the server accepts connections; `restarting` after it died, until it is back. */
  state(): ClusterState;
  /** Called once if the server died and could not be brought back (five failed starts in a row). */
  onGaveUp(listener: (reason: string) => void): void;
  stop(): Promise<void>;
}

/** The embedded database cannot be used; the message is one line for the operator. */
export class EmbeddedClusterError extends Error {}

export interface EmbeddedClusterOptions extends EmbeddedServerSettings {
  dataDir: string;
  log: ClusterLog;
}

/** Delays before each restart of a server that died; after the last, the cluster gives up. */
const RESTART_DELAYS_MS = [100, 500, 1_000, 2_000, 4_000];
/** Crash recovery of a large WAL backlog can take a while; a plain start takes a fraction of a second. */
const READY_TIMEOUT_MS = 120_000;

/**
 * The embedded database: a real PostgreSQL server (the binaries of the platform package), run as a
 * child process that this service supervises, with its cluster in DATA_DIR/pgdata. The caller holds
 * the data folder's lock. On a first start the cluster is made; a server left running by a killed
 * service is stopped first; a server that dies while the service runs is restarted (PostgreSQL's
 * own crash recovery brings back every committed transaction).
 */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const layout = clusterLayout(options.dataDir);
  const binaries = await postgresBinaries();
  const account = postgresAccount();
  makeDirs(layout.dataDir);
  if (account) letAccountReach(account, [layout.dataDir, binaries.dir]);
  prepareSocketDir(layout, account);

  const foreign = foreignClusterProblem(layout);
  if (foreign) throw new EmbeddedClusterError(foreign);
  if (!clusterExists(layout)) {
    if (existsSync(layout.pgdata) && readdirSync(layout.pgdata).length > 0) {
      throw new EmbeddedClusterError(
        `${layout.pgdata} holds files but no PostgreSQL cluster; move them away to start afresh`,
      );
    }
    options.log.info({ pgdata: layout.pgdata }, 'making the embedded database (first start)');
    await makeCluster(layout, binaries, account, POSTGRES_MAJOR);
  }
  if (account) ensureOwnedBy(layout.pgdata, account);
  const password = await ensurePassword(layout, binaries, account);
  const listener: Listener = socketFits(layout)
    ? { socketDir: layout.socketDir, port: SOCKET_PORT }
    : { tcpPort: await freeLocalPort() };
  const args = serverArguments(listener, options);

  const start = async (): Promise<Postmaster> => {
    const leftover = await clearLeftoverPostmaster(layout.pgdata, layout.socketDir);
    if (leftover === 'stopped')
      options.log.warn(
        { pgdata: layout.pgdata },
        'stopped a PostgreSQL server left running by an earlier run',
      );
    return startPostmaster({ binaries, account, layout, args, timeoutMs: READY_TIMEOUT_MS });
  };

  let postmaster = await startWithRetries(start, 3);
  let state: ClusterState = 'running';
  let gaveUpReason: string | undefined;
  const gaveUp: ((reason: string) => void)[] = [];
  /** The restart under way, if any: a stop waits for it, so no server outlives the service. */
  let restarting: Promise<void> | undefined;

  const giveUp = (reason: string) => {
    state = 'failed';
    gaveUpReason = reason;
    for (const listener of gaveUp) listener(reason);
  };

  const restart = async (dead: Postmaster) => {
    // A server that comes back is restarted as often as it dies (each time, crash recovery keeps
    // what was committed); only one that cannot be started again is given up on.
    options.log.warn({ pid: dead.pid }, 'the embedded PostgreSQL server stopped unexpectedly; restarting it');
    let lastError = 'unknown';
    for (const delay of RESTART_DELAYS_MS) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (state !== 'restarting') return;
      try {
        const started = await start();
        postmaster = started;
        if (state !== 'restarting') return; // stopping: stop() stops it once this has ended
        state = 'running';
        options.log.info({ pid: started.pid }, 'the embedded PostgreSQL server is back');
        watch(started);
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        options.log.warn({ reason: lastError }, 'the embedded PostgreSQL server could not be restarted');
      }
    }
    giveUp(`the embedded PostgreSQL server died and could not be restarted (${lastError})`);
  };

  const watch = (server: Postmaster) => {
    void server.exited.then(() => {
      if (state !== 'running') return;
      state = 'restarting';
      restarting = restart(server).finally(() => {
        restarting = undefined;
      });
    });
  };
  watch(postmaster);

  return {
    layout,
    connection: {
      host: 'socketDir' in listener ? listener.socketDir : '127.0.0.1',
      port: 'socketDir' in listener ? listener.port : listener.tcpPort,
      user: DATABASE_USER,
      password,
      database: DATABASE_NAME,
    },
    state: () => state,
    onGaveUp(listener) {
      // A listener that comes after the fact is told at once.
      if (gaveUpReason !== undefined) listener(gaveUpReason);
      else gaveUp.push(listener);
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopping';
      await restarting;
      await postmaster.stop();
      state = 'stopped';
    },
  };
}

async function startWithRetries(start: () => Promise<Postmaster>, attempts: number): Promise<Postmaster> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      // The backends of a server killed a moment ago may still hold its shared memory; they go soon.
      if (attempt >= attempts || !(error instanceof PostmasterStartError)) {
        throw new EmbeddedClusterError(error instanceof Error ? error.message : String(error));
      }
      await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
    }
  }
}

function prepareSocketDir(layout: ClusterLayout, account: PostgresAccount | undefined): void {
  if (!existsSync(layout.socketDir)) mkdirSync(layout.socketDir, { mode: 0o700 });
  if (account) chownSync(layout.socketDir, account.uid, account.gid);
}

/** A cluster restored or copied by root belongs to root; PostgreSQL's account must own it. */
function ensureOwnedBy(pgdata: string, account: PostgresAccount): void {
  // The folder and a file in it: a restore or a copy made as root leaves both root's.
  const folderOwner = statSync(pgdata).uid;
  const fileOwner = statSync(join(pgdata, 'PG_VERSION')).uid;
  if (folderOwner === account.uid && fileOwner === account.uid) return;
  chownTree(pgdata, account);
}

function chownTree(path: string, account: PostgresAccount): void {
  chownSync(path, account.uid, account.gid);
  if (!statSync(path).isDirectory()) return;
  for (const entry of readdirSync(path)) chownTree(join(path, entry), account);
}

/**
 * The role's password, from DATA_DIR/pg-password. If that file is gone (deleted by hand, or a
 * cluster copied without it), a new password is set in single-user mode; the server is not running
 * then, since the caller holds the folder.
 */
async function ensurePassword(
  layout: ClusterLayout,
  binaries: PostgresBinaries,
  account: PostgresAccount | undefined,
): Promise<string> {
  if (existsSync(layout.passwordFile)) return readFileSync(layout.passwordFile, 'utf8').trim();
  await clearLeftoverPostmaster(layout.pgdata, layout.socketDir);
  const password = randomBytes(24).toString('base64url');
  await runToEnd(
    binaries.postgres,
    ['--single', '-D', layout.pgdata, '-c', 'log_min_messages=warning', 'postgres'],
    account,
    `ALTER ROLE ${DATABASE_USER} PASSWORD '${password}';\n`,
  );
  writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * How a command reaches the server that another Redress process runs on this data folder (for
 * `npm run backup` and the other commands while the service runs): what the server wrote in its
 * `postmaster.pid`, and the password file.
 */
export function runningClusterConnection(dataDir: string): ClusterConnection | undefined {
  const layout = clusterLayout(dataDir);
  const recorded = readPostmasterPid(layout.pgdata);
  if (recorded?.status !== 'ready' || !existsSync(layout.passwordFile)) return undefined;
  return {
    host: recorded.socketDir || recorded.listenAddress || '127.0.0.1',
    port: recorded.port,
    user: DATABASE_USER,
    password: readFileSync(layout.passwordFile, 'utf8').trim(),
    database: DATABASE_NAME,
  };
}
