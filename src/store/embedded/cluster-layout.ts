import { join } from 'node:path';

/**
 * Where the embedded PostgreSQL keeps what it needs inside DATA_DIR. `pgdata` and the socket's
 * folder belong to PostgreSQL's account; the password file and the log stay the service's own.
 */
export interface ClusterLayout {
  readonly dataDir: string;
  /** The cluster (initdb's folder). */
  readonly pgdata: string;
  /** A cluster being made on a first start; renamed to `pgdata` once complete. */
  readonly pgdataBeingMade: string;
  /** The Unix socket's folder (`unix_socket_directories`), owned by PostgreSQL's account. */
  readonly socketDir: string;
  /** The generated password of the database role (mode 0600). */
  readonly passwordFile: string;
  /** What the server writes to stderr: start-up, crashes, recovery. */
  readonly logFile: string;
  /** Written into `pgdata` when Redress made the cluster: what tells it from a foreign folder. */
  readonly markerFile: string;
}

export const DATABASE_NAME = 'redress';
export const DATABASE_USER = 'redress';
/** The socket is named `.s.PGSQL.<port>`; with no TCP listener the number only names the file. */
export const SOCKET_PORT = 5432;
const MARKER = 'redress-cluster.json';

export function clusterLayout(dataDir: string): ClusterLayout {
  const pgdata = join(dataDir, 'pgdata');
  return {
    dataDir,
    pgdata,
    pgdataBeingMade: join(dataDir, 'pgdata.initdb'),
    socketDir: join(dataDir, 'pgsocket'),
    passwordFile: join(dataDir, 'pg-password'),
    logFile: join(dataDir, 'postgres.log'),
    markerFile: join(pgdata, MARKER),
  };
}

export function markerIn(pgdata: string): string {
  return join(pgdata, MARKER);
}

/**
 * A Unix socket's path may hold at most 107 bytes (108 with the final NUL on Linux, 104 on macOS):
 * a DATA_DIR deep in the file system cannot hold its socket, and then the server listens on
 * 127.0.0.1 on a free port instead.
 */
export function socketFits(layout: ClusterLayout): boolean {
  return Buffer.byteLength(join(layout.socketDir, `.s.PGSQL.${SOCKET_PORT}`)) <= 100;
}
