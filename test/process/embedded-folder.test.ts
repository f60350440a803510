import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { clusterLayout } from '../../src/store/embedded/cluster-layout.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { runNode, startChildServer, tempDataDir } from '../support/child-server.js';
import {
  isAlive,
  keepFiling,
  postgresProcessesOf,
  postmasterPid,
  storedCases,
  throughRunningService,
} from '../support/embedded-folder.js';

const FILING = { FILING_RATE_LIMIT: '0' };

describe('one data folder, one service', () => {
  it('a second service on the same DATA_DIR refuses with one line; commands go through the running one; restore waits', async () => {
    const dataDir = tempDataDir(true);
    const server = await startChildServer({ DATA_DIR: dataDir });
    try {
      const second = runNode('dist/main.js', { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
      expect(await second.exited).toEqual({ code: 1, signal: null });
      expect(second.stderr()).toBe(
        `redress: cannot start: the data folder ${dataDir} is in use by process ${server.process.pid} (server); ` +
          'stop it first — one Redress process at a time runs the embedded database\n',
      );

      const migrated = runNode('dist/cli/migrate.js', { DATA_DIR: dataDir });
      expect(await migrated.exited).toEqual({ code: 0, signal: null });
      expect(migrated.stdout()).toMatch(/schema is up to date/);

      const backupFile = join(tempDataDir(false), 'while-running.tar.gz');
      const backup = runNode('dist/cli/backup.js', { DATA_DIR: dataDir }, [backupFile]);
      expect(await backup.exited).toEqual({ code: 0, signal: null });
      expect(backup.stdout()).toMatch(/^backup written: /);
      expect(statSync(backupFile).mode & 0o777).toBe(0o600);

      const restore = runNode('dist/cli/restore.js', { DATA_DIR: dataDir }, [backupFile, '--replace']);
      expect(await restore.exited).toEqual({ code: 1, signal: null });
      expect(restore.stderr()).toMatch(/is in use by process \d+ \(server\); stop it first/);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 90_000);

  it('a postmaster.pid whose pid now belongs to another process does not stop a start', async () => {
    const dataDir = tempDataDir(true);
    const first = await startChildServer({ DATA_DIR: dataDir });
    const pid = postmasterPid(dataDir);
    first.process.kill('SIGKILL');
    if (pid) process.kill(pid, 'SIGKILL');
    await first.exited;
    // As after a crash and a reboot: the recorded pid is alive, but it is some other program
    // (here this test runner; in a container it is often 1).
    const pidFile = join(clusterLayout(dataDir).pgdata, 'postmaster.pid');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the killed server's backends end
    const lines = readFileSync(pidFile, 'utf8').split('\n');
    lines[0] = String(process.pid);
    writeFileSync(pidFile, lines.join('\n'));
    const second = await startChildServer({ DATA_DIR: dataDir });
    try {
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
    }
  }, 60_000);
});

describe('what a killed server leaves behind', () => {
  it('a backend of a killed server that is still there is ended before a new server starts beside it', async () => {
    const dataDir = tempDataDir(true);
    const first = await startChildServer({ DATA_DIR: dataDir });
    const connection = await throughRunningService(dataDir);
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(connection.db);
    const backend = rows[0]?.pid ?? 0;
    // Stopped, it cannot notice that its postmaster died, and it holds the old shared memory.
    process.kill(backend, 'SIGSTOP');
    const postmaster = postmasterPid(dataDir);
    first.process.kill('SIGKILL');
    if (postmaster) process.kill(postmaster, 'SIGKILL');
    await first.exited;
    expect(isAlive(backend)).toBe(true);

    const second = await startChildServer({ DATA_DIR: dataDir });
    try {
      expect(isAlive(backend)).toBe(false);
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
      expect(postgresProcessesOf(dataDir)).not.toContain(backend);
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
      await connection.close().catch(() => undefined);
    }
  }, 60_000);
});

describe('backup and restore', () => {
  it('a backup taken while complaints are being filed restores into an empty folder with every complaint acknowledged before it began', async () => {
    const dataDir = tempDataDir(true);
    const server = await startChildServer({ DATA_DIR: dataDir, ...FILING });
    const backupFile = join(tempDataDir(false), 'during-filing.tar.gz');
    let before: string[] = [];
    try {
      const filing = keepFiling(server.url);
      while (filing.acknowledged.length < 50) await new Promise((resolve) => setTimeout(resolve, 20));
      before = [...filing.acknowledged];
      const backup = runNode('dist/cli/backup.js', { DATA_DIR: dataDir }, [backupFile]);
      expect(await backup.exited).toEqual({ code: 0, signal: null });
      await filing.stop();
      expect(filing.acknowledged.length).toBeGreaterThan(before.length); // filing went on during it
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }

    const restoredDir = tempDataDir(false);
    const restore = runNode('dist/cli/restore.js', { DATA_DIR: restoredDir }, [backupFile]);
    expect(await restore.exited).toEqual({ code: 0, signal: null });
    expect(restore.stdout()).toMatch(/^restored .* schema version \d+/);
    const again = runNode('dist/cli/restore.js', { DATA_DIR: restoredDir }, [backupFile]);
    expect(await again.exited).toEqual({ code: 1, signal: null });
    expect(again.stderr()).toMatch(/already holds a database; add --replace/);

    const restored = await startChildServer({ DATA_DIR: restoredDir });
    try {
      const stored = await storedCases(restoredDir);
      expect(before.filter((number) => !stored.numbers.has(number))).toEqual([]);
      expect(stored.incomplete).toBe(0); // a consistent copy: no case without its events and message
    } finally {
      restored.process.kill('SIGTERM');
      await restored.exited;
    }
  }, 120_000);
});

describe('a folder this version did not make', () => {
  /** The PGlite folder of an earlier Redress, at today's schema, with one case filed in it. */
  async function earlierPgliteFolder(pgdata: string): Promise<void> {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create({ dataDir: pgdata });
    await pglite.exec(
      'create table schema_migration (version integer primary key, name text not null, applied_at timestamptz not null default now())',
    );
    for (const migration of MIGRATIONS) {
      await pglite.exec(migration.sql);
      await pglite.query('insert into schema_migration (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    const [made] = (
      await pglite.query<{ id: string }>(
        `insert into complaint_case (tracking_number, kind, status, channel, language, received_at, recorded_at, updated_at, description)
         values ('RDX-2345-6789', 'complaint', 'received', 'web', 'en', now(), now(), now(), 'Filed before the upgrade') returning id`,
      )
    ).rows;
    await pglite.query(
      `insert into case_event (case_id, case_version, type, actor_type, channel, occurred_at) values ($1, 1, 'case_received', 'customer', 'web', now())`,
      [made?.id],
    );
    await pglite.close();
  }

  it('the PGlite database of an earlier Redress is refused with one line and left as it was, then imported once', async () => {
    const dataDir = tempDataDir(false);
    const pgdata = clusterLayout(dataDir).pgdata;
    await earlierPgliteFolder(pgdata);
    const listing = () => execFileSync('find', [pgdata, '-printf', '%P %s %T@ %m\\n'], { encoding: 'utf8' });
    const before = listing();

    const run = runNode('dist/main.js', { DATA_DIR: dataDir, PORT: '0' });
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
    expect(run.stderr()).toMatch(
      /holds the PGlite database of an earlier Redress, which this version does not open/,
    );
    expect(run.stderr()).toMatch(/npm run import:pglite/);
    expect(listing()).toBe(before); // not a file of it was touched

    // What the line says to do.
    renameSync(pgdata, `${pgdata}.pglite`);
    const imported = runNode('dist/cli/import-pglite.js', { DATA_DIR: dataDir }, [`${pgdata}.pglite`]);
    expect(await imported.exited).toEqual({ code: 0, signal: null });
    expect(imported.stdout()).toMatch(/^imported .* 1 cases, \d+ rows in \d+ tables/);
    const again = runNode('dist/cli/import-pglite.js', { DATA_DIR: dataDir }, [`${pgdata}.pglite`]);
    expect(await again.exited).toEqual({ code: 1, signal: null });
    expect(again.stderr()).toMatch(/is not new/);

    const server = await startChildServer({ DATA_DIR: dataDir, ...FILING });
    try {
      const stored = await storedCases(dataDir);
      expect(stored.numbers.has('RDX-2345-6789')).toBe(true);
      // The copied log continues: a new filing's events get ids after the copied ones.
      const filing = keepFiling(server.url, 1);
      while (filing.acknowledged.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      await filing.stop();
      expect(filing.statuses.get(500)).toBeUndefined();
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 90_000);
});

/** A small file system of its own for DATA_DIR, so it can be filled (needs root, as CI runs). */
function smallDisk(megabytes: number): { dir: string; release(): void } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = tempDataDir(false);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0700`, 'tmpfs', dir]);
  } catch {
    return undefined;
  }
  return {
    dir,
    release: () => {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('a full disk', () => {
  it('answers 503 while writes fail for lack of space, /readyz says so, and it recovers when space is freed', async () => {
    const disk = smallDisk(160);
    if (!disk) return; // not root, or no tmpfs: nothing to fill safely
    try {
      const template = tempDataDir(true);
      execFileSync('cp', ['-a', `${template}/.`, disk.dir]);
      const server = await startChildServer({ DATA_DIR: disk.dir, ...FILING });
      try {
        expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
        const filler = join(disk.dir, 'filler');
        mkdirSync(join(disk.dir, 'tmp'), { recursive: true });
        try {
          execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M', 'count=400'], { stdio: 'ignore' });
        } catch {
          // dd stops when the disk is full: that is the point
        }
        const filing = keepFiling(server.url, 2);
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        const ready = (await fetch(`${server.url}/readyz`)).status;
        await filing.stop();
        expect(ready).toBe(503);
        expect(filing.statuses.get(500)).toBeUndefined();
        expect(filing.statuses.get(503)).toBeGreaterThan(0);

        rmSync(filler);
        let status = 0;
        for (let i = 0; i < 300 && status !== 200; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          status = (await fetch(`${server.url}/readyz`)).status;
        }
        expect(status).toBe(200);
        const after = keepFiling(server.url, 1);
        while (after.acknowledged.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
        await after.stop();
      } finally {
        server.process.kill('SIGTERM');
        await server.exited;
      }
    } finally {
      disk.release();
    }
  }, 120_000);
});
