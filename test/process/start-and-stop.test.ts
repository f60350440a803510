import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode, startChildServer, tempDataDir } from '../support/child-server.js';
import { isAlive, postgresProcessesOf } from '../support/embedded-folder.js';

const ADMIN = {
  INITIAL_ADMIN_EMAIL: 'admin@example.org',
  INITIAL_ADMIN_PASSWORD: 'correct horse battery staple',
};

describe('starting and stopping the compiled service', () => {
  it('starts with no settings at all in production mode, on a new data folder, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir(false);
    // Only DATA_DIR (to keep the test out of ./data) and a free port differ from the defaults.
    const server = await startChildServer({ DATA_DIR: dataDir, NODE_ENV: 'production' }, 90_000);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    const postgres = postgresProcessesOf(dataDir);
    expect(postgres.length).toBeGreaterThan(0);

    server.process.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('');
    // PostgreSQL was stopped with it (a fast shutdown), not left running.
    expect(postgres.filter(isAlive)).toEqual([]);
    expect(existsSync(join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false);
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
