import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode, startChildServer, tempDataDir } from '../support/child-server.js';

const ADMIN = {
  INITIAL_ADMIN_EMAIL: 'admin@example.org',
  INITIAL_ADMIN_PASSWORD: 'correct horse battery staple',
};

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.INITIAL_ADMIN_EMAIL, password: ADMIN.INITIAL_ADMIN_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('starting and stopping the compiled service', () => {
  it('starts with no settings at all in production mode, on a new data folder, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir(false);
    // Only DATA_DIR (to keep the test out of ./data) and a free port differ from the defaults.
    const server = await startChildServer({ DATA_DIR: dataDir, NODE_ENV: 'production' }, 90_000);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(JSON.parse(readFileSync(join(dataDir, 'redress.lock'), 'utf8')).pid).toBe(server.process.pid);

    server.process.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'redress.lock'))).toBe(false);
    expect(server.stderr()).toBe('');
  }, 120_000);

  it('lets requests in flight finish when asked to stop', async () => {
    const dataDir = tempDataDir(true);
    const server = await startChildServer({ DATA_DIR: dataDir, ...ADMIN });
    // A sign-in takes tens of milliseconds (argon2id), long enough to be in flight.
    const inFlight = fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.INITIAL_ADMIN_EMAIL, password: ADMIN.INITIAL_ADMIN_PASSWORD }),
    });
    while (!server.stdout().includes('"url":"/api/v1/auth/login"'))
      await new Promise((r) => setTimeout(r, 2));
    server.process.kill('SIGINT');
    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });

  it('exits with one clear line, no stack trace, when DATABASE_URL cannot be reached', async () => {
    const started = Date.now();
    const run = runNode('dist/main.js', {
      DATA_DIR: tempDataDir(false),
      DATABASE_URL: 'postgres://x@127.0.0.1:1/none',
    });
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
    expect(run.stderr()).toMatch(/^redress: cannot start: cannot reach the database at DATABASE_URL/);
  });

  it('exits with one clear line when DATA_DIR cannot be written', async () => {
    const file = join(tempDataDir(false), 'a-file');
    writeFileSync(file, 'not a folder');
    const run = runNode('dist/main.js', { DATA_DIR: join(file, 'data') });
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(run.stderr()).toMatch(/^redress: cannot start: the data folder .* is not writable \(ENOTDIR\)\n$/);
  });

  it('exits with one clear line on an invalid setting', async () => {
    const run = runNode('dist/main.js', { PORT: 'eighty' });
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(run.stderr()).toBe(
      'redress: cannot start: PORT must be a whole number from 0 to 65535, got "eighty"\n',
    );
  });
});

describe('the embedded data folder', () => {
  it('survives kill -9 during writes: everything committed before the kill is there after a restart', async () => {
    const dataDir = tempDataDir(true);
    const first = await startChildServer({ DATA_DIR: dataDir, ...ADMIN });
    const committed: string[] = [];
    let stop = false;
    const writer = (async () => {
      while (!stop) {
        try {
          committed.push(await signIn(first.url)); // each answered sign-in is a committed session row
        } catch {
          return; // the server is gone
        }
      }
    })();
    while (committed.length < 15) await new Promise((r) => setTimeout(r, 20));
    first.process.kill('SIGKILL');
    stop = true;
    await writer;
    expect((await first.exited).signal).toBe('SIGKILL');

    // The lock of a killed process is stale: a restart takes the folder over.
    const second = await startChildServer({ DATA_DIR: dataDir, ...ADMIN });
    try {
      for (const cookie of committed) {
        const me = await fetch(`${second.url}/api/v1/auth/session`, { headers: { cookie } });
        expect(me.status).toBe(200);
      }
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
    }
  }, 120_000);

  it('refuses migrate and backup while a server holds it, and backs up and restores once it is free', async () => {
    const dataDir = tempDataDir(true);
    const server = await startChildServer({ DATA_DIR: dataDir, ...ADMIN });
    const cookie = await signIn(server.url);

    for (const command of ['dist/cli/migrate.js', 'dist/cli/backup.js']) {
      const run = runNode(command, { DATA_DIR: dataDir });
      expect(await run.exited).toEqual({ code: 1, signal: null });
      expect(run.stderr()).toMatch(
        new RegExp(`is in use by process ${server.process.pid} \\(server\\); stop it first`),
      );
    }
    server.process.kill('SIGTERM');
    await server.exited;

    const backupFile = join(tempDataDir(false), 'backup.tar.gz');
    const backup = runNode('dist/cli/backup.js', { DATA_DIR: dataDir }, [backupFile]);
    expect(await backup.exited).toEqual({ code: 0, signal: null });
    expect(backup.stdout()).toMatch(/^backup written: /);

    const restoredDir = tempDataDir(false);
    const restore = runNode('dist/cli/restore.js', { DATA_DIR: restoredDir }, [backupFile]);
    expect(await restore.exited).toEqual({ code: 0, signal: null });
    const again = runNode('dist/cli/restore.js', { DATA_DIR: restoredDir }, [backupFile]);
    expect(await again.exited).toEqual({ code: 1, signal: null });
    expect(again.stderr()).toMatch(/already holds a database; add --replace/);

    const restored = await startChildServer({ DATA_DIR: restoredDir });
    try {
      const me = await fetch(`${restored.url}/api/v1/auth/session`, { headers: { cookie } });
      expect(me.status).toBe(200); // the session written before the backup is in the restored copy
    } finally {
      restored.process.kill('SIGTERM');
      await restored.exited;
    }

    const migrateFree = runNode('dist/cli/migrate.js', { DATA_DIR: dataDir });
    expect(await migrateFree.exited).toEqual({ code: 0, signal: null });
    expect(migrateFree.stdout()).toMatch(/schema is up to date/);
  }, 120_000);
});
