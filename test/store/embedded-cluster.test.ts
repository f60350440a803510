import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { clusterLayout } from '../../src/store/embedded/cluster-layout.js';
import { startEmbeddedCluster } from '../../src/store/embedded/embedded-cluster.js';
import { letAccountReach, postgresAccount } from '../../src/store/embedded/postgres-account.js';
import { readPostmasterPid } from '../../src/store/embedded/postmaster-pid.js';

const quiet = { info: () => {}, warn: () => {} };
const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)('the embedded server’s own user, when the service runs as root', () => {
  it('gets search permission on each folder it must pass through, and nothing else changes', () => {
    const account = postgresAccount();
    if (!account) throw new Error('no account as root');
    // Like a checkout under /root, or a DATA_DIR made by mktemp -d: folders only root may enter.
    const top = mkdtempSync(join(resolve('.tmp'), 'private-'));
    const inner = join(top, 'home', 'data');
    mkdirSync(inner, { recursive: true, mode: 0o700 });
    // An open folder below a closed one: once its parent lets the user through, it needs nothing.
    const open = join(top, 'open');
    mkdirSync(join(open, 'bin'), { recursive: true, mode: 0o755 });
    const enters = (dir: string) =>
      spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', dir], { uid: account.uid, gid: account.gid })
        .status === 0;
    expect(enters(inner)).toBe(false);
    // With an ACL the mode's group bits show its mask; the owner's and others' bits must not move.
    const modes = () => [top, join(top, 'home'), inner].map((dir) => statSync(dir).mode & 0o707);
    const before = modes();

    letAccountReach(account, [inner, join(open, 'bin')]);

    expect(enters(inner)).toBe(true);
    expect(enters(join(open, 'bin'))).toBe(true);
    for (const unchanged of [open, join(open, 'bin')])
      expect(
        spawnSync('getfacl', ['-p', '--omit-header', unchanged], { encoding: 'utf8' }).stdout,
      ).not.toContain(`user:${account.name}`);
    expect(modes()).toEqual(before);
    const acl = spawnSync('getfacl', ['-p', '--omit-header', inner], { encoding: 'utf8' }).stdout;
    expect(acl).toContain(`user:${account.name}:--x`);
    expect(acl).toContain('group::---'); // the group's own rights are untouched
    // It may not read what is inside, only pass through.
    const lists = spawnSync('ls', [inner], { uid: account.uid, gid: account.gid });
    expect(lists.status).not.toBe(0);
  });
});

describe('where the embedded server listens', () => {
  it('on a Unix socket inside DATA_DIR, and on no TCP address', async () => {
    const dataDir = mkdtempSync(join(resolve('.tmp'), 'sock-'));
    const cluster = await startEmbeddedCluster({
      dataDir,
      sharedBuffersMb: 8,
      maxConnections: 10,
      autovacuumWorkers: 1,
      log: quiet,
    });
    try {
      const recorded = readPostmasterPid(clusterLayout(dataDir).pgdata);
      expect(recorded?.socketDir).toBe(join(dataDir, 'pgsocket'));
      expect(recorded?.listenAddress).toBe('');
      expect(cluster.connection.host).toBe(join(dataDir, 'pgsocket'));
      expect(statSync(clusterLayout(dataDir).passwordFile).mode & 0o777).toBe(0o600);
    } finally {
      await cluster.stop();
    }
  }, 30_000);

  it('on 127.0.0.1 and a free port when DATA_DIR is too deep for a socket path', async () => {
    const deep = join(mkdtempSync(join(resolve('.tmp'), 'deep-')), 'a-folder-name-long-enough'.repeat(4));
    mkdirSync(deep, { recursive: true });
    const cluster = await startEmbeddedCluster({
      dataDir: deep,
      sharedBuffersMb: 8,
      maxConnections: 10,
      autovacuumWorkers: 1,
      log: quiet,
    });
    try {
      const recorded = readPostmasterPid(clusterLayout(deep).pgdata);
      expect(recorded?.listenAddress).toBe('127.0.0.1');
      expect(recorded?.socketDir).toBe('');
      expect(cluster.connection).toMatchObject({ host: '127.0.0.1', port: recorded?.port });
      const database = await openDatabase({ connection: cluster.connection, poolSize: 1 });
      await database.close(); // it answers there, with its password
    } finally {
      await cluster.stop();
    }
  }, 30_000);
});
