import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ClusterLayout, DATABASE_NAME, DATABASE_USER, markerIn } from './cluster-layout.js';
import type { PostgresAccount } from './postgres-account.js';
import type { PostgresBinaries } from './postgres-binaries.js';

/** What Redress writes into a cluster it made (`redress-cluster.json`). */
export interface ClusterMarker {
  madeBy: 'redress';
  postgresMajor: number;
  madeAt: string;
}

/** The environment PostgreSQL's programs get: nothing of the service's own (no secrets). */
export function postgresEnvironment(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', TZ: 'UTC' };
}

/** Runs one of PostgreSQL's programs as its account to the end; refuses with its last words. */
export function runToEnd(
  program: string,
  args: readonly string[],
  account: PostgresAccount | undefined,
  input?: string,
): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(program, args, {
      env: postgresEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`${program.split('/').pop()} failed: ${lastLine(output)}`));
    });
    child.stdin.end(input ?? '');
  });
}

export function lastLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.findLast((line) => /FATAL|ERROR|PANIC|error/i.test(line)) ?? lines.at(-1) ?? 'no output';
}

/**
 * A first start on an empty folder: a new cluster is made beside `pgdata` and renamed into place
 * only once it is complete (initdb, its database, the marker), so a start killed half-way leaves
 * nothing that could be taken for a cluster. The role's password is generated and kept in the
 * data folder, readable by the service alone. initdb's own sync to disk is kept: a cluster that a
 * power cut could tear would lose every complaint written to it later.
 */
export async function makeCluster(
  layout: ClusterLayout,
  binaries: PostgresBinaries,
  account: PostgresAccount | undefined,
  postgresMajor: number,
): Promise<void> {
  const target = layout.pgdataBeingMade;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  // initdb reads the password from a file its account can read; that file lives only as long as initdb.
  const passwordForInitdb = join(layout.socketDir, 'initdb-password');
  writeFileSync(passwordForInitdb, `${password}\n`, { mode: 0o600 });
  if (account) {
    chownSync(target, account.uid, account.gid);
    chownSync(passwordForInitdb, account.uid, account.gid);
  }
  try {
    await runToEnd(
      binaries.initdb,
      [
        `--pgdata=${target}`,
        `--username=${DATABASE_USER}`,
        `--pwfile=${passwordForInitdb}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      account,
    );
  } finally {
    rmSync(passwordForInitdb, { force: true });
  }
  // The database itself, made in single-user mode: no server to start and stop for one statement.
  await runToEnd(
    binaries.postgres,
    ['--single', '-D', target, '-c', 'log_min_messages=warning', 'postgres'],
    account,
    `CREATE DATABASE ${DATABASE_NAME};\n`,
  );
  const marker: ClusterMarker = { madeBy: 'redress', postgresMajor, madeAt: new Date().toISOString() };
  writeFileSync(markerIn(target), `${JSON.stringify(marker)}\n`, { mode: 0o600 });
  if (account) chownSync(markerIn(target), account.uid, account.gid);
  writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(layout.passwordFile, 0o600);
  renameSync(target, layout.pgdata);
}

export function clusterExists(layout: ClusterLayout): boolean {
  return existsSync(join(layout.pgdata, 'PG_VERSION'));
}
